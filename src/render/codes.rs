//! `gbsw codes`: every diagnostic code with its default level and meaning, as a grid.

use crate::diag::{Code, Severity};
use crate::doc::TableKind;
use crate::lang::Lang;
use crate::message::labels::Label;
use crate::render::text;

/// The table, each line ending in a line break.
#[must_use]
pub fn table(lang: Lang) -> String {
    let header =
        [Label::Code, Label::DefaultLevel, Label::Meaning].map(|l| l.text(lang).to_owned());
    let rows: Vec<Vec<String>> = Code::ALL
        .iter()
        .map(|c| {
            let level = match c.default_severity() {
                Severity::Error => Label::Error,
                Severity::Warning => Label::Warning,
            };
            vec![
                c.name().to_owned(),
                level.text(lang).to_owned(),
                c.summary(lang).to_owned(),
            ]
        })
        .collect();
    let mut out = text::table(TableKind::Grid, &header, &rows, &[], None).join("\n");
    out.push('\n');
    out
}
