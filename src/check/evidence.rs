//! Evidence (证明材料, 痕迹化): every file a record lists as evidence is in the ledger. A path
//! is relative to the ledger's root; one that is absolute, climbs out with `..`, or resolves
//! through a symbolic link to a place outside the root is refused (`evidence-outside-ledger`)
//! and never read, as `discover` refuses such links; one that names nothing, or a folder, is
//! missing (`missing-evidence`). Only where each file is, is looked at: large scans and
//! photographs stay beside the records, never in them.

use std::path::{Component, Path, PathBuf};

use super::Rules;
use crate::diag::Code;
use crate::kind::Kind;
use crate::message::Msg;
use crate::model::field::{FieldView, View};
use crate::query::rec::Rec;
use crate::read::Place;
use crate::span::Span;

pub(super) fn run(rules: &mut Rules<'_>) {
    let ledger = rules.ledger;
    // The root as it really is: a file is inside when its real place starts with it.
    let Ok(real_root) = ledger.root.canonicalize() else {
        return;
    };
    for kind in Kind::ALL {
        for rec in Rec::all(ledger, kind) {
            let mut paths = Vec::new();
            evidence(rec.values(), "", &mut paths);
            let file = rec.meta().file;
            for (field, path, span) in paths {
                if let Some(code) = problem(&ledger.root, &real_root, path) {
                    let (field, path) = (field, path.to_owned());
                    let (msg, hint) = match code {
                        Code::EvidenceOutside => (
                            Msg::EvidenceOutside { field, path },
                            Msg::HintEvidenceInside,
                        ),
                        _ => (Msg::MissingEvidence { field, path }, Msg::HintAddEvidence),
                    };
                    rules.at(code, file, span, msg, hint);
                }
            }
        }
    }
}

/// The evidence paths of a record's values (sub-tables' too), each with its field's path.
fn evidence<'a>(
    values: Vec<(&'static crate::model::field::Field, FieldView<'a>)>,
    prefix: &str,
    out: &mut Vec<(String, &'a str, Span)>,
) {
    for (field, view) in values {
        let path = format!("{prefix}{}", field.key);
        match view {
            FieldView::Rows(rows) => {
                for (i, row) in rows.into_iter().enumerate() {
                    evidence(row, &format!("{path}[{}].", i + 1), out);
                }
            }
            FieldView::List(items) if field.file => {
                for (v, span) in items {
                    if let View::Text(t) = v {
                        out.push((path.clone(), t, span));
                    }
                }
            }
            FieldView::One(View::Text(t), span) if field.file => out.push((path, t, span)),
            FieldView::Absent | FieldView::One(..) | FieldView::List(_) => {}
        }
    }
}

/// What is wrong with an evidence path, if anything: `EvidenceOutside` or `MissingEvidence`.
fn problem(root: &Path, real_root: &Path, written: &str) -> Option<Code> {
    let Some(relative) = inside(written) else {
        return Some(Code::EvidenceOutside);
    };
    let at = root.join(relative);
    // Nothing there, not even a broken link.
    if at.symlink_metadata().is_err() {
        return Some(Code::MissingEvidence);
    }
    // Every link on the way resolved, to see where the path really leads; nothing is read.
    match crate::read::locate(real_root, &at) {
        Place::Inside(_, m) if m.is_file() => None,
        Place::Outside => Some(Code::EvidenceOutside),
        Place::Inside(..) | Place::Unresolved(_) => Some(Code::MissingEvidence),
    }
}

/// The path, as written, made relative to the root without leaving it: `None` for an
/// absolute path or one whose `..` climb above the root. Both `/` and `\` divide folders.
fn inside(written: &str) -> Option<PathBuf> {
    let written = written.replace('\\', "/");
    let mut parts: Vec<&std::ffi::OsStr> = Vec::new();
    for c in Path::new(&written).components() {
        match c {
            Component::Normal(p) => parts.push(p),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(parts.iter().collect())
}

#[cfg(test)]
mod tests {
    use super::inside;
    use std::path::PathBuf;

    #[test]
    fn paths_stay_below_the_root() {
        assert_eq!(
            inside("evidence/a.pdf"),
            Some(PathBuf::from("evidence/a.pdf"))
        );
        assert_eq!(inside("./evidence/../b.png"), Some(PathBuf::from("b.png")));
        assert_eq!(
            inside("evidence\\2026\\a.pdf"),
            Some(PathBuf::from("evidence/2026/a.pdf"))
        );
        assert_eq!(inside("evidence/../../secret.pdf"), None);
        assert_eq!(inside("/etc/passwd"), None);
        assert_eq!(inside(""), None);
    }
}
