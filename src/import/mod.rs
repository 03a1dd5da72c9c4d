//! `gbsw import`: the records of an Excel 台账 (`.xlsx`) or a CSV file brought into the
//! ledger as record files, the way `gbsw new` writes them.
//!
//! A workbook is read into grids (`sheet`); each sheet's kind comes from its name or
//! `--kind`, its header row and columns from the fields' labels (`columns`); each row becomes
//! the node tree a record file would parse into (`rows`, with `dates`), which the records' own
//! decoders read into a copy of the ledger, where the reference, date and consistency checks
//! of `gbsw check` run on it. Only then, and only if every row is valid (or with
//! `--skip-invalid`, the valid ones), are files written (`files`), under the lock of
//! `gbsw new`, each created new. Problems point at `FILE:SHEET!CELL` (`places`).

mod columns;
mod dates;
mod files;
pub mod mapping;
mod places;
mod rows;
mod sheet;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::author::record::FileFormat;
use crate::decode::Cx;
use crate::diag::{Code, Diagnostic, Severity};
use crate::error::Error;
use crate::kind::{Kind, Target};
use crate::ledger::Ledger;
use crate::load::Loaded;
use crate::message::Msg;
use crate::model::Id;
use crate::node::{Entry, Node, Value};
use crate::query::cell::Cell;
use crate::query::rec::Rec;
use crate::source::{FileId, Files, SourceFile};

pub use files::Written;
pub use mapping::Mapping;

use columns::Column;
use places::Places;
use sheet::Grid;

/// What the command line asks for.
#[derive(Debug, Clone)]
pub struct Request {
    /// The workbook, and its path as the user gave it (what messages show).
    pub file: PathBuf,
    pub shown: String,
    /// Every sheet's kind (`--kind`); else each sheet's name says it.
    pub kind: Option<Kind>,
    pub map: Mapping,
    pub format: FileFormat,
    /// Below each kind's folder (`--subfolder`).
    pub subfolder: Option<PathBuf>,
    pub dry_run: bool,
    pub skip_invalid: bool,
    pub today: NaiveDate,
    /// The language of the files' comments.
    pub lang: crate::lang::Lang,
}

/// What an import did, or would do with `--dry-run`.
#[derive(Debug)]
pub struct Outcome {
    /// The ledger's files and the workbook's places, for rendering the diagnostics.
    pub files: Files,
    /// In the order of the workbook: sheet, row, column.
    pub diagnostics: Vec<Diagnostic>,
    /// The files written (or to be written), in order.
    pub written: Vec<Written>,
    /// Rows that are in the ledger already.
    pub already: usize,
    /// The places (`FILE:SHEET!A7`) of rows with errors, left out.
    pub invalid: Vec<String>,
    /// Errors and no `--skip-invalid`: nothing was written.
    pub blocked: bool,
}

impl Outcome {
    /// How many records were (or would be) written.
    #[must_use]
    pub fn records(&self) -> usize {
        self.written.iter().map(|w| w.ids.len()).sum()
    }
}

/// A row read from a sheet.
struct Row {
    kind: Kind,
    grid: usize,
    /// 0-based, in the sheet.
    row: usize,
    node: Node<'static>,
    id_given: bool,
}

/// A diagnostic about a row, with the row it is about (files are given at the end).
struct RowDiag {
    row: usize,
    diag: Diagnostic,
}

/// What a row turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    New,
    Already,
    Invalid,
}

/// Import the workbook of `req` into the ledger at `root`.
///
/// # Errors
/// [`Error`] when the workbook cannot be read, an id cannot be given (a bad `[ids]` pattern),
/// the lock cannot be had, or a file cannot be written (those written are removed again).
pub fn run(root: &Path, req: &Request) -> Result<Outcome, Error> {
    let grids = sheet::read(&req.file, &req.shown)?;
    // Ids are chosen and files written under the lock of `gbsw new`; a dry run writes
    // nothing, not even the lock file.
    let _lock = if req.dry_run {
        None
    } else {
        Some(crate::author::new::lock(root)?)
    };
    let loaded = crate::load::load(root);
    let mut places = Places::new(&req.shown);
    let mut sheet_diags: Vec<(usize, String, Diagnostic)> = Vec::new();
    let mut rows = read_rows(&grids, req, &loaded.ledger, &places, &mut sheet_diags);
    give_ids(&mut rows, &loaded, root, req.today)?;

    // Which rows are already in the ledger, or clash with it by id.
    drop(loaded);
    let (mut fates, mut row_diags) = match_rows(root, &rows, req.today);
    // The rows to write, checked in the ledger as it will be; with --skip-invalid, a row
    // that fails takes out those that named it, until none fails.
    let (ledger, row_base) = loop {
        let (ledger, decode_diags, base) = combine(root, &rows, &fates, &req.file);
        let loaded = Loaded {
            ledger,
            diagnostics: decode_diags,
            left_out: Vec::new(),
        };
        let checked = crate::check::check(&loaded, req.today);
        let ours: Vec<RowDiag> = checked
            .into_iter()
            .filter_map(|d| {
                let row = row_of(d.file?, base, rows.len())?;
                Some(RowDiag { row, diag: d })
            })
            .collect();
        let failed: BTreeSet<usize> = ours
            .iter()
            .filter(|d| d.diag.severity == Severity::Error && fates[d.row] == Fate::New)
            .map(|d| d.row)
            .collect();
        let done = failed.is_empty() || !req.skip_invalid;
        for &r in &failed {
            fates[r] = Fate::Invalid;
        }
        if done {
            row_diags.extend(ours);
            break (loaded.ledger, base);
        }
        // Their diagnostics are kept; the others' come again from the next round.
        row_diags.extend(ours.into_iter().filter(|d| failed.contains(&d.row)));
    };

    let mut files = ledger.files;
    let mut diagnostics: Vec<((usize, usize, usize), Diagnostic)> = Vec::new();
    for (grid, place, mut d) in sheet_diags {
        d.file = Some(places.file(&mut files, &place, &req.file));
        diagnostics.push(((grid, 0, 0), d));
    }
    row_diags.sort_by_key(|d| (d.row, d.diag.span.map(|s| s.start)));
    let mut seen = HashSet::new();
    for RowDiag { row, mut diag } in row_diags {
        let Some(r) = rows.get(row) else { continue };
        let sheet = grids.get(r.grid).map_or("", |g| g.name.as_str());
        let span = diag.span.unwrap_or_default();
        let place = places.of_span(sheet, r.row, span);
        diag.file = Some(places.file(&mut files, &place, &req.file));
        diag.span = None;
        for rel in &mut diag.related {
            if let Some(other) = row_of(rel.file, row_base, rows.len()).and_then(|i| rows.get(i)) {
                let sheet = grids.get(other.grid).map_or("", |g| g.name.as_str());
                let place = places.of_span(sheet, other.row, rel.span);
                rel.file = places.file(&mut files, &place, &req.file);
            }
        }
        // The same finding twice (a round of --skip-invalid and the last) is shown once.
        if seen.insert((place, diag.code, format!("{:?}", diag.message))) {
            diagnostics.push(((r.grid, r.row + 1, span.start), diag));
        }
    }
    diagnostics.sort_by_key(|(at, _)| *at);

    let invalid: Vec<String> = rows
        .iter()
        .zip(&fates)
        .filter(|(_, f)| **f == Fate::Invalid)
        .map(|(r, _)| places.cell(grids.get(r.grid).map_or("", |g| g.name.as_str()), r.row, 0))
        .collect();
    let sheet_errors = diagnostics
        .iter()
        .any(|(at, d)| at.1 == 0 && d.severity == Severity::Error);
    let blocked = (!invalid.is_empty() || sheet_errors) && !req.skip_invalid;
    let new_rows: Vec<&Row> = rows
        .iter()
        .zip(&fates)
        .filter(|(_, f)| **f == Fate::New)
        .map(|(r, _)| r)
        .collect();
    let plan = if blocked {
        Vec::new()
    } else {
        files::plan(root, &new_rows, req, ledger.manifest.as_ref())
    };
    if !req.dry_run && !blocked {
        files::write(root, &plan, req.format, req.lang)?;
    }
    Ok(Outcome {
        files,
        diagnostics: diagnostics.into_iter().map(|(_, d)| d).collect(),
        written: plan.into_iter().map(|p| p.written).collect(),
        already: fates.iter().filter(|f| **f == Fate::Already).count(),
        invalid,
        blocked,
    })
}

/// The index of the row a file of the combined ledger stands for.
fn row_of(file: FileId, base: usize, count: usize) -> Option<usize> {
    let i = (file.0 as usize).checked_sub(base)?;
    (i < count).then_some(i)
}

/// The rows of every sheet that has a kind and a header, and what is wrong with the sheets.
fn read_rows(
    grids: &[Grid],
    req: &Request,
    ledger: &Ledger,
    places: &Places<'_>,
    diags: &mut Vec<(usize, String, Diagnostic)>,
) -> Vec<Row> {
    let names = rows::Names {
        manifest: ledger.manifest.as_ref(),
        categories: &ledger.categories,
        map: &req.map,
    };
    let mut out = Vec::new();
    let mut add = |g: usize, place: String, code: Code, message: Msg, hint: Msg| {
        let d = Diagnostic::for_file(code, FileId::default(), message).hint(hint);
        diags.push((g, place, d));
    };
    for (g, grid) in grids.iter().enumerate() {
        let empty = grid.rows.iter().all(|r| r.iter().all(sheet::Raw::is_empty));
        let kind = req
            .kind
            .or_else(|| columns::kind_of_sheet(&grid.name, &req.map));
        let Some(kind) = kind else {
            if !empty || grid.too_large.is_some() {
                add(
                    g,
                    places.sheet(&grid.name),
                    Code::UnknownSheet,
                    Msg::UnknownSheet {
                        sheet: grid.name.clone(),
                    },
                    Msg::HintSheetKinds,
                );
            }
            continue;
        };
        if let Some((rows, columns)) = grid.too_large {
            add(
                g,
                places.sheet(&grid.name),
                Code::SheetTooLarge,
                Msg::SheetTooLarge {
                    rows,
                    columns,
                    max_rows: sheet::MAX_ROWS,
                    max_columns: sheet::MAX_COLUMNS,
                },
                Msg::HintSplitSheet,
            );
            continue;
        }
        if empty {
            continue;
        }
        let Some(header) = columns::header(grid, kind, &req.map) else {
            let required: Vec<_> = crate::model::fields(kind)
                .iter()
                .filter(|f| f.required && f.key != "id")
                .collect();
            add(
                g,
                places.sheet(&grid.name),
                Code::NoHeader,
                Msg::NoHeader { kind },
                Msg::HintHeader {
                    zh: required.iter().map(|f| f.zh).collect(),
                    keys: required.iter().map(|f| f.key).collect(),
                },
            );
            continue;
        };
        let header_cells = grid.rows.get(header.row).map_or(&[][..], Vec::as_slice);
        for (c, column) in header.columns.iter().enumerate() {
            let text = header_cells
                .get(c)
                .map(sheet::Raw::text)
                .unwrap_or_default();
            if !column.is_unknown() || text.is_empty() {
                continue;
            }
            let near = crate::suggest::did_you_mean(
                &text,
                crate::model::fields(kind).iter().map(|f| f.zh),
            );
            let hint = near.map_or(Msg::HintMapColumn, |n| Msg::HintDidYouMean {
                name: n.to_owned(),
            });
            add(
                g,
                places.cell(&grid.name, header.row, c),
                Code::UnknownColumn,
                Msg::UnknownColumn { header: text, kind },
                hint,
            );
        }
        for (r, cells) in grid.rows.iter().enumerate().skip(header.row + 1) {
            let blank = header.columns.iter().enumerate().all(|(c, col)| {
                !matches!(col, Column::Field(_)) || cells.get(c).is_none_or(sheet::Raw::is_empty)
            });
            if blank {
                continue;
            }
            let node = rows::record(cells, &header, &names);
            let id_given = node.get("id").is_some();
            out.push(Row {
                kind,
                grid: g,
                row: r,
                node,
                id_given,
            });
        }
    }
    out
}

/// A row without an id gets the next free one of its kind's pattern, as `gbsw new` gives it:
/// from its date (or today) and unit, past every id taken in the ledger or the workbook.
fn give_ids(rows: &mut [Row], loaded: &Loaded, root: &Path, today: NaiveDate) -> Result<(), Error> {
    let given: HashSet<String> = rows
        .iter()
        .filter_map(|r| r.node.get("id").and_then(Node::as_str).map(str::to_owned))
        .collect();
    let mut taken: HashMap<Kind, HashSet<String>> = HashMap::new();
    for row in rows.iter_mut().filter(|r| !r.id_given) {
        let kind = row.kind;
        let set = match taken.entry(kind) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let mut set = crate::author::new::taken_ids(loaded, root, kind)?;
                set.extend(given.iter().cloned());
                e.insert(set)
            }
        };
        let date = kind
            .date_fields()
            .iter()
            .find_map(|f| match row.node.get(f).map(|n| &n.value) {
                Some(Value::Date(d)) => Some(*d),
                _ => None,
            })
            .unwrap_or(today);
        let unit = crate::model::fields(kind)
            .iter()
            .filter(|f| f.refers == Some(Target::Unit) && f.scopes)
            .find_map(|f| row.node.get(f.key).and_then(Node::as_str))
            .filter(|u| Id::is_valid(u))
            .map(str::to_owned);
        let id = crate::author::new::fresh_id(&loaded.ledger, kind, date, unit.as_deref(), set)?;
        set.insert(id.clone());
        if let Value::Map(entries) = &mut row.node.value {
            entries.insert(
                0,
                Entry {
                    key: "id".into(),
                    key_span: rows::ROW_SPAN,
                    value: Node {
                        span: rows::ROW_SPAN,
                        value: Value::Str(id.into()),
                    },
                },
            );
        }
    }
    Ok(())
}

/// The ledger on disk with the rows whose fate is `New` decoded into it; every row has a
/// file (in order, from the returned base index), so places stay put between rounds.
fn combine(
    root: &Path,
    rows: &[Row],
    fates: &[Fate],
    path: &Path,
) -> (Ledger, Vec<Diagnostic>, usize) {
    let loaded = crate::load::load(root);
    let mut ledger = loaded.ledger;
    let mut diags = loaded.diagnostics;
    let base = ledger.files.len();
    for (i, row) in rows.iter().enumerate() {
        let file = ledger
            .files
            .push(SourceFile::new(format!("#{i}"), path.to_path_buf()));
        if fates.get(i) == Some(&Fate::New) {
            let mut cx = Cx::new(file, &mut diags);
            crate::load::decode_into(&mut ledger, &row.node, row.kind, &mut cx);
            cx.finish();
        }
    }
    (ledger, diags, base)
}

/// Each row's fate as far as the ledger on disk goes: already there (the same id and the same
/// values, or without an id the same values as a record of its kind), clashing with a record
/// by id (reported), or new.
fn match_rows(root: &Path, rows: &[Row], today: NaiveDate) -> (Vec<Fate>, Vec<RowDiag>) {
    let all_new = vec![Fate::New; rows.len()];
    let (ledger, _, base) = combine(root, rows, &all_new, Path::new(""));
    let cx = crate::query::fields::Cx::new(&ledger, today);
    let mut mine: BTreeMap<usize, Rec<'_>> = BTreeMap::new();
    let mut existing: HashMap<Kind, Vec<(Rec<'_>, Vec<Cell>)>> = HashMap::new();
    for kind in Kind::ALL {
        for rec in Rec::all(&ledger, kind) {
            match row_of(rec.meta().file, base, rows.len()) {
                Some(i) => {
                    mine.insert(i, rec);
                }
                None => existing
                    .entry(kind)
                    .or_default()
                    .push((rec, written(&cx, rec))),
            }
        }
    }
    let mut fates = all_new;
    let mut diags = Vec::new();
    let mut first_row: HashMap<&str, Rec<'_>> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(rec) = mine.get(&i).copied() else {
            continue;
        };
        let values = written(&cx, rec);
        let same = |other: &Vec<Cell>| other.get(1..) == values.get(1..);
        if !row.id_given {
            let there = existing
                .get(&row.kind)
                .is_some_and(|recs| recs.iter().any(|(_, v)| same(v)));
            if there {
                fates[i] = Fate::Already;
            }
            continue;
        }
        let id = rec.id();
        let on_disk = existing.values().flatten().find(|(r, _)| r.id() == id);
        let clash = match on_disk {
            Some((r, v)) if r.kind() == row.kind && same(v) => {
                fates[i] = Fate::Already;
                None
            }
            Some((r, _)) => Some(r.meta()),
            None => first_row.get(id).map(|r| r.meta()),
        };
        first_row.entry(id).or_insert(rec);
        if let Some(first) = clash {
            fates[i] = Fate::Invalid;
            let meta = rec.meta();
            let d = Diagnostic::new(
                Code::DuplicateId,
                meta.file,
                meta.span,
                Msg::DuplicateId { id: id.to_owned() },
            )
            .hint(Msg::HintRenameDuplicate)
            .related(first.file, first.span, Msg::FirstDefinedHere);
            diags.push(RowDiag { row: i, diag: d });
        }
    }
    (fates, diags)
}

/// A record's values as the export writes them, its derived columns left out.
fn written(cx: &crate::query::fields::Cx<'_>, rec: Rec<'_>) -> Vec<Cell> {
    crate::query::fields::columns(rec.kind())
        .iter()
        .zip(crate::query::fields::cells(cx, rec))
        .filter(|(c, _)| !c.derived)
        .map(|(_, v)| v)
        .collect()
}
