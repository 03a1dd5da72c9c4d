//! Loading a ledger: discover files, read and parse them in parallel, decode records, and
//! index them by id. Problems become diagnostics; only a missing root or manifest stops it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::decode::{Cx, Fields};
use crate::diag::{Code, Diagnostic};
use crate::discover::{self, Found, Placement};
use crate::kind::Kind;
use crate::ledger::{Ledger, RecordRef};
use crate::message::{Msg, Subject};
use crate::model::{Manifest, Meta, Record, category};
use crate::node::{Node, Value};
use crate::parse::{self, Format};
use crate::read::read_text;
use crate::source::{FileId, SourceFile};
use crate::span::Span;
use crate::visible;

pub(crate) use crate::error::LoadError;

/// The ledger root for a path: the first folder at or above it holding `gbsw.toml`.
///
/// # Errors
/// [`LoadError`] when the path does not exist or no manifest is found.
pub fn resolve_root(start: &Path) -> Result<PathBuf, LoadError> {
    if !start.exists() {
        return Err(LoadError::Missing(start.to_path_buf()));
    }
    let start = start.canonicalize().unwrap_or_else(|_| start.to_path_buf());
    let dir = if start.is_dir() {
        start.clone()
    } else {
        start
            .parent()
            .map_or_else(|| start.clone(), Path::to_path_buf)
    };
    discover::find_root(&dir).ok_or(LoadError::NoManifest(start))
}

/// A ledger and everything wrong with reading it.
#[derive(Debug)]
pub struct Loaded {
    pub ledger: Ledger,
    pub diagnostics: Vec<Diagnostic>,
    /// Files with errors whose records were not all loaded (it could not be read or parsed,
    /// or a record in it could not be decoded), in path order: what a report must say it left
    /// out. A file whose errors left its records loaded (an unknown field, a duplicate id) is
    /// not among them.
    pub left_out: Vec<FileId>,
}

macro_rules! define_any_record {
    ($($variant:ident $key:ident $folder:ident { $($rest:tt)* })*) => {
        /// A decoded record of any kind.
        enum AnyRecord {
            $($variant(crate::model::$variant),)*
        }

        /// Push a record into its list and index it; returns its id and place.
        fn add(ledger: &mut Ledger, r: AnyRecord) -> (String, Meta) {
            let ids = &mut ledger.ids;
            match r {
                $(AnyRecord::$variant(r) => push(&mut ledger.$folder, ids, r),)*
            }
        }

        fn decode_kind(
            kind: Kind,
            f: &mut Fields<'_>,
            cx: &mut Cx<'_>,
            meta: Meta,
        ) -> Option<AnyRecord> {
            match kind {
                $(Kind::$variant => crate::model::$variant::decode(f, cx, meta).map(AnyRecord::$variant),)*
            }
        }
    };
}

crate::kind::for_each_kind!(define_any_record);

/// The id of a record that failed to decode, where it is written.
struct BrokenId {
    id: String,
    meta: Meta,
}

#[derive(Default)]
struct FileResult {
    manifest: Option<Option<Manifest>>,
    records: Vec<AnyRecord>,
    broken: Vec<BrokenId>,
    /// Records that could not be decoded, with or without an id.
    failed: usize,
    diags: Vec<Diagnostic>,
}

impl FileResult {
    /// Whether an error kept some of the file's records (or the manifest) out of the ledger.
    fn left_out(&self) -> bool {
        let error = self
            .diags
            .iter()
            .any(|d| d.severity == crate::diag::Severity::Error);
        match &self.manifest {
            Some(decoded) => error && decoded.is_none(),
            None => error && (self.records.is_empty() || self.failed > 0),
        }
    }
}

/// Load the ledger at `root` (a folder holding `gbsw.toml`).
#[must_use]
pub fn load(root: &Path) -> Loaded {
    let found = discover::discover(root);
    let results: Vec<(SourceFile, FileResult)> = found
        .par_iter()
        .enumerate()
        .map(|(i, f)| process(FileId(u32::try_from(i).unwrap_or(u32::MAX)), f))
        .collect();

    let mut ledger = Ledger {
        root: root.to_path_buf(),
        ..Ledger::default()
    };
    let mut diagnostics = Vec::new();
    let mut first_seen: HashMap<String, Meta> = HashMap::new();
    let mut id_spans: Vec<(String, Meta)> = Vec::new();
    let mut left_out = Vec::new();
    for (file, result) in results {
        if result.left_out() {
            left_out.push(FileId(
                u32::try_from(ledger.files.len()).unwrap_or(u32::MAX),
            ));
            // The ids it seems to hold count as records that could not be read, so that
            // references to them are not reported as well (a GBK or half-edited file would
            // otherwise bury its one error under "does not exist" for each reference).
            if let Some(text) = &file.text {
                ledger.broken.extend(written_ids(text));
            }
        }
        ledger.files.push(file);
        diagnostics.extend(result.diags);
        if let Some(m) = result.manifest {
            ledger.manifest = m;
        }
        for b in result.broken {
            id_spans.push((b.id.clone(), b.meta));
            ledger.broken.insert(b.id);
        }
        for r in result.records {
            let (id, meta) = add(&mut ledger, r);
            id_spans.push((id, meta));
        }
    }
    // Records were added file by file in path order, so "first" is stable.
    for (id, meta) in id_spans {
        if let Some(first) = first_seen.get(&id) {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    meta.file,
                    meta.span,
                    Msg::DuplicateId { id: id.clone() },
                )
                .hint(Msg::HintRenameDuplicate)
                .related(first.file, first.span, Msg::FirstDefinedHere),
            );
        } else {
            first_seen.insert(id, meta);
        }
    }
    ledger.categories = category::resolve(ledger.manifest.as_ref().unwrap_or(&Manifest::empty()));
    Loaded {
        ledger,
        diagnostics,
        left_out,
    }
}

/// The values of `id` keys in a text that could not be parsed, line by line (`id = "X"`,
/// `id: X`, `- id: X`): a best guess at the records it holds.
fn written_ids(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(|line| {
        let rest = line.trim_start().trim_start_matches("- ").trim_start();
        let rest = rest.strip_prefix("id")?.trim_start();
        let rest = rest.strip_prefix(['=', ':'])?.trim();
        let value = rest.split('#').next().unwrap_or_default().trim();
        let value = value.trim_matches(|c| c == '"' || c == '\'');
        (!value.is_empty()).then(|| value.to_owned())
    })
}

fn push<T: Record>(
    list: &mut Vec<T>,
    ids: &mut HashMap<String, RecordRef>,
    r: T,
) -> (String, Meta) {
    let id = r.id().value.0.clone();
    let meta = r.meta();
    ids.entry(id.clone()).or_insert(RecordRef {
        kind: T::KIND,
        index: list.len(),
        meta,
    });
    list.push(r);
    (id, meta)
}

/// Read, parse and decode one file.
fn process(id: FileId, found: &Found) -> (SourceFile, FileResult) {
    let mut file = SourceFile::new(found.rel.clone(), found.path.clone());
    let mut result = FileResult::default();
    let whole_file =
        |code: Code, msg: Msg, hint: Msg| Diagnostic::for_file(code, id, msg).hint(hint);
    let (format, kind) = match &found.placement {
        Placement::Manifest => (Format::Toml, None),
        Placement::Record(kind, format) => (*format, Some(*kind)),
        Placement::Outside => {
            let folders = Kind::ALL.map(|k| format!("{}/", k.folder())).join(" ");
            result.diags.push(whole_file(
                Code::OutsideKindFolder,
                Msg::OutsideKindFolder,
                Msg::HintKindFolders { folders },
            ));
            return (file, result);
        }
        Placement::UnknownFolder(name) => {
            let folders = Kind::ALL.map(|k| format!("{}/", k.folder())).join(" ");
            let hint =
                match crate::suggest::did_you_mean(name, Kind::ALL.iter().map(|k| k.folder())) {
                    Some(near) => Msg::HintDidYouMean {
                        name: near.to_owned(),
                    },
                    None => Msg::HintKindFolders { folders },
                };
            result.diags.push(whole_file(
                Code::UnknownFolder,
                Msg::UnknownFolder { name: name.clone() },
                hint,
            ));
            return (file, result);
        }
        Placement::Loop => {
            result.diags.push(whole_file(
                Code::SymlinkLoop,
                Msg::SymlinkLoop,
                Msg::HintSymlink,
            ));
            return (file, result);
        }
        Placement::LinkedTwice(first) => {
            result.diags.push(whole_file(
                Code::LinkedTwice,
                Msg::LinkedTwice {
                    first: first.clone(),
                },
                Msg::HintLinkedTwice,
            ));
            return (file, result);
        }
        Placement::OutsideLedger(target) => {
            result.diags.push(whole_file(
                Code::OutsideLedger,
                Msg::OutsideLedger {
                    target: target.display().to_string(),
                },
                Msg::HintOutsideLedger,
            ));
            return (file, result);
        }
        Placement::Unreadable(kind, detail) => {
            // A dangling symbolic link is not a permissions problem.
            let hint = if found.path.is_symlink() {
                Msg::HintSymlink
            } else {
                Msg::HintPermissions
            };
            result.diags.push(whole_file(
                Code::Unreadable,
                Msg::Unreadable {
                    kind: *kind,
                    detail: detail.clone(),
                },
                hint,
            ));
            return (file, result);
        }
    };
    if kind.is_none() {
        // The manifest: decoded below; `None` inside means it was there but unusable.
        result.manifest = Some(None);
    }
    let text = match read_text(&found.path, &found.rel) {
        Ok(t) => t,
        Err(p) => {
            let mut d = Diagnostic::for_file(p.code, id, p.message);
            d.hint = p.hint;
            if let Some((text, at)) = p.lossy {
                d.span = Some(Span::new(at, at + '\u{FFFD}'.len_utf8()));
                file.text = Some(text);
            }
            result.diags.push(d);
            return (file, result);
        }
    };
    // The node tree borrows from the text: the file takes the text when the tree is done.
    let parsed = parse::parse(&text, format);
    let root = match parsed {
        Ok(root) => root,
        Err(errors) => {
            let name = match format {
                Format::Toml => "TOML",
                Format::Yaml => "YAML",
            };
            for e in errors {
                let kind = parse::SyntaxKind::of(format, &e.detail);
                let hint = if e.detail.contains("date") {
                    Msg::HintDateFormat
                } else {
                    Msg::HintSyntaxKind(kind)
                };
                result.diags.push(
                    Diagnostic::new(
                        Code::Syntax,
                        id,
                        e.span,
                        Msg::Syntax {
                            format: name,
                            kind,
                            detail: e.detail,
                        },
                    )
                    .hint(hint),
                );
            }
            file.text = Some(text);
            return (file, result);
        }
    };
    let mut cx = Cx::new(id, &mut result.diags);
    control_characters(&root, &mut cx);
    match kind {
        None => {
            result.manifest = Some(Fields::new(&root, Subject::Manifest, "", &mut cx).and_then(
                |mut f| {
                    let m = Manifest::decode(&mut f, &mut cx);
                    f.finish(&mut cx);
                    m
                },
            ));
        }
        Some(kind) => decode_records(
            &root,
            kind,
            &mut cx,
            &mut result.records,
            &mut result.broken,
            &mut result.failed,
        ),
    }
    cx.finish();
    drop(root);
    file.text = Some(text);
    (file, result)
}

/// A warning for each key or text value holding a character gbsw never shows raw
/// ([`visible::is_hidden_control`]): it was hardly meant, and it could drive a terminal or
/// reorder what a reader sees elsewhere (a spreadsheet, a browser).
fn control_characters(node: &Node, cx: &mut Cx<'_>) {
    match &node.value {
        Value::Str(s) => control_character(s, node.span, cx),
        Value::Seq(items) => {
            for n in items {
                control_characters(n, cx);
            }
        }
        Value::Map(entries) => {
            for e in entries {
                control_character(&e.key, e.key_span, cx);
                control_characters(&e.value, cx);
            }
        }
        _ => {}
    }
}

/// Through the decoder's limiter, like every other diagnostic of the file: a file of a
/// million such values keeps a hundred and counts the rest.
fn control_character(s: &str, span: Span, cx: &mut Cx<'_>) {
    if !visible::may_hide(s) {
        return;
    }
    if let Some(c) = s.chars().find(|&c| visible::is_hidden_control(c)) {
        let d = Diagnostic::new(
            Code::ControlCharacter,
            cx.file,
            span,
            Msg::ControlCharacter {
                character: visible::line(&c.to_string()).into_owned(),
            },
        );
        cx.emit(d.hint(Msg::HintControlCharacter));
    }
}

fn is_empty_map(node: &Node) -> bool {
    matches!(&node.value, Value::Map(e) if e.is_empty())
}

/// A record file's records: one at the top level, or many under the kind's array.
fn decode_records(
    root: &Node,
    kind: Kind,
    cx: &mut Cx<'_>,
    records: &mut Vec<AnyRecord>,
    broken: &mut Vec<BrokenId>,
    failed: &mut usize,
) {
    if is_empty_map(root) {
        let d = Diagnostic::new(Code::EmptyFile, cx.file, Span::default(), Msg::Empty);
        cx.emit(d.hint(Msg::HintEmptyFile { kind }));
        return;
    }
    let Some(list) = root.get(kind.folder()) else {
        decode_one(root, kind, cx, records, broken, failed);
        return;
    };
    // A many-record file: the array is the only key allowed at the top.
    if let Some(mut f) = Fields::new(root, Subject::Record(kind), "", cx) {
        let _ = f.opt_node(kind.folder());
        f.finish(cx);
    }
    match &list.value {
        Value::Seq(items) => {
            for item in items {
                decode_one(item, kind, cx, records, broken, failed);
            }
        }
        _ => {
            *failed += 1;
            cx.wrong_type(list, kind.folder(), crate::message::Expected::List);
        }
    }
}

/// Decode one record of `kind` from a node tree made elsewhere (a row of an imported sheet)
/// and add it to `ledger`, as a record file's record is: its diagnostics go to `cx`, and the
/// id of one that fails to decode counts as broken. Returns whether it was added.
pub(crate) fn decode_into(ledger: &mut Ledger, node: &Node, kind: Kind, cx: &mut Cx<'_>) -> bool {
    let (mut records, mut broken, mut failed) = (Vec::new(), Vec::new(), 0);
    control_characters(node, cx);
    decode_one(node, kind, cx, &mut records, &mut broken, &mut failed);
    ledger.broken.extend(broken.into_iter().map(|b| b.id));
    let added = !records.is_empty();
    for r in records {
        add(ledger, r);
    }
    added
}

fn decode_one(
    node: &Node,
    kind: Kind,
    cx: &mut Cx<'_>,
    records: &mut Vec<AnyRecord>,
    broken: &mut Vec<BrokenId>,
    failed: &mut usize,
) {
    let Some(mut f) = Fields::new(node, Subject::Record(kind), "", cx) else {
        *failed += 1;
        return;
    };
    let meta = Meta {
        file: cx.file,
        span: node.get("id").map_or(f.span(), |n| n.span),
    };
    let record = decode_kind(kind, &mut f, cx, meta);
    f.finish(cx);
    match record {
        Some(r) => records.push(r),
        None => {
            *failed += 1;
            if let Some(id) = node.get("id").and_then(Node::as_str) {
                broken.push(BrokenId {
                    id: id.to_owned(),
                    meta,
                });
            }
        }
    }
}
