//! `gbsw new narrative`: a draft of a report's narrative (`reports/2026H1.md`, or
//! `reports/2026H1/office.md` for a unit) with a part for each of the guidance's contents,
//! each starting with the period's key figures as sentences to edit. Never over a file that
//! exists, never through a symbolic link.

use std::io;
use std::path::Path;

use chrono::NaiveDate;

use super::new::NewError;
use super::write::{create_new, link_below};
use crate::lang::Lang;
use crate::ledger::Ledger;
use crate::message::author::narrative_comment;
use crate::model::{Id, Period};
use crate::narrative::{self, NarrativePart};
use crate::report::scope::Scope;
use crate::report::{semiannual, semiannual_doc};

/// The draft's text: the report's title, the instructions as a comment, a `## ` part each.
#[must_use]
pub fn draft(
    ledger: &Ledger,
    period: Period,
    unit: Option<&Id>,
    as_of: NaiveDate,
    lang: Lang,
) -> String {
    let scope = Scope {
        period,
        unit: unit.cloned(),
        category: None,
        as_of,
    };
    let report = semiannual::build(ledger, &scope, Vec::new());
    // One line each: a name holding a line break must not start a heading of its own.
    let line = |s: &str| s.replace(['\n', '\r'], " ");
    let mut out = format!(
        "# {}\n\n{}\n\n",
        line(&semiannual_doc::title(&report, lang)),
        narrative_comment(as_of, lang)
    );
    for (part, sentences) in semiannual_doc::draft_parts(&report, lang) {
        out.push_str(&format!("## {}\n\n", heading(part, lang)));
        for s in sentences {
            out.push_str(&line(&s));
            out.push_str("\n\n");
        }
    }
    out.pop();
    out
}

fn heading(part: NarrativePart, lang: Lang) -> &'static str {
    part.text(lang)
}

/// Write the draft where the report will read it. Returns the path relative to the root.
///
/// # Errors
/// [`NewError::NarrativeExists`] when there is one already, [`NewError::Symlink`] when a
/// folder on the way is a symbolic link, [`NewError::Io`] when it cannot be written.
pub fn write(
    root: &Path,
    period: Period,
    unit: Option<&Id>,
    text: &str,
) -> Result<String, NewError> {
    let rel = narrative::rel_path(period, unit.map(Id::as_str));
    let file = root.join(&rel);
    let dir = Path::new(&rel).parent().unwrap_or_else(|| Path::new(""));
    let no_link = || match link_below(root, dir) {
        Some(link) => Err(NewError::Symlink(link.to_string_lossy().replace('\\', "/"))),
        None => Ok(()),
    };
    no_link()?;
    if file.symlink_metadata().is_ok() {
        return Err(NewError::NarrativeExists(rel));
    }
    std::fs::create_dir_all(root.join(dir)).map_err(|e| NewError::Io(root.join(dir), e))?;
    // Again, now that it exists: a link put in place meanwhile is not written through.
    no_link()?;
    create_new(&file, text).map_err(|e| match e.kind() {
        io::ErrorKind::AlreadyExists => NewError::NarrativeExists(rel.clone()),
        _ => NewError::Io(file.clone(), e),
    })?;
    Ok(rel)
}
