//! The staff grades and the providers' ranking as tables of figures for other programs: a
//! [`Sheet`] each, drawn as CSV (formula guard included) or an Excel workbook by the same
//! code as `gbsw export` (`render::sheet`, `render::xlsx`), with the records behind every figure in columns of ids. Their JSON
//! is the report itself, every figure with its ids.

use rust_xlsxwriter::XlsxError;
use serde::Serialize;

use crate::kind::Kind;
use crate::lang::Lang;
use crate::message::assessment::{
    PROVIDER_COLUMNS, PROVIDERS_SHEET, STAFF_COLUMNS, STAFF_COLUMNS_AFTER, STAFF_SHEET,
};
use crate::message::labels;
use crate::model::vocab::StaffGrade;
use crate::query::{Cell, Column, Sheet};
use crate::render::xlsx;
use crate::report::providers::ProvidersReport;
use crate::report::staff::StaffReport;

fn ids(list: &[String]) -> Cell {
    Cell::List(list.iter().cloned().map(Cell::Text).collect())
}

fn count(list: &[String]) -> Cell {
    Cell::Int(i64::try_from(list.len()).unwrap_or(i64::MAX))
}

fn columns(pairs: &[(&'static str, &'static str)]) -> impl Iterator<Item = Column> {
    pairs.iter().map(|&(zh, key)| Column::derived(key, zh))
}

/// A row a person: name, unit, a count a grade, the ratings and the evaluations behind them.
/// (The kind names no worksheet here: the rows come from evaluations.)
#[must_use]
pub fn staff_sheet(r: &StaffReport) -> Sheet {
    let columns = columns(&STAFF_COLUMNS)
        .chain(
            StaffGrade::ALL
                .iter()
                .map(|g| Column::derived(g.key(), g.zh())),
        )
        .chain(columns(&STAFF_COLUMNS_AFTER))
        .collect();
    let rows = r
        .rows
        .iter()
        .map(|p| {
            let text = |s: &Option<String>| s.clone().map_or(Cell::Empty, Cell::Text);
            [
                Cell::Text(p.name.clone()),
                text(&p.unit),
                text(&p.unit_name),
            ]
            .into_iter()
            .chain(
                StaffGrade::ALL
                    .iter()
                    .map(|g| count(p.grades.get(g.key()).map_or(&[][..], Vec::as_slice))),
            )
            .chain([count(&p.evaluations), ids(&p.evaluations)])
            .collect()
        })
        .collect();
    Sheet {
        kind: Kind::Evaluation,
        columns,
        rows,
    }
}

/// A row a provider in rank order, its figures and the records behind them.
#[must_use]
pub fn providers_sheet(r: &ProvidersReport) -> Sheet {
    let rows = r
        .rows
        .iter()
        .map(|p| {
            let latest = p.latest();
            let evaluations: Vec<String> = p.evaluations.iter().map(|e| e.id.clone()).collect();
            let num = |v: Option<f64>| v.map_or(Cell::Empty, Cell::Num);
            vec![
                Cell::Int(i64::try_from(p.rank).unwrap_or(i64::MAX)),
                Cell::Text(p.unit.clone()),
                Cell::Text(p.name.clone()),
                count(&evaluations),
                latest.map_or(Cell::Empty, |e| Cell::Text(e.id.clone())),
                num(latest.and_then(|e| e.score)),
                latest.and_then(|e| e.grade).map_or(Cell::Empty, Cell::term),
                num(p.mean_score),
                count(&p.checks),
                count(&p.conforming_checks),
                count(&p.conformity.num),
                count(&p.conformity.den),
                num(p.conformity.value().map(|v| v * 100.0)),
                count(&p.rectifications),
                count(&p.overdue),
                count(&p.complaints),
                ids(&evaluations),
                ids(&p.checks),
                ids(&p.rectifications),
                ids(&p.overdue),
                ids(&p.complaints),
            ]
        })
        .collect();
    Sheet {
        kind: Kind::Evaluation,
        columns: columns(&PROVIDER_COLUMNS).collect(),
        rows,
    }
}

/// A report as JSON: everything it holds, every figure with its records, and the language.
#[must_use]
pub fn json<R: Serialize>(report: &R, lang: Lang) -> String {
    let mut v = serde_json::to_value(report).unwrap_or(serde_json::Value::Null);
    v["lang"] = serde_json::json!(lang);
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// The staff grades' sheet ([`staff_sheet`]) as a workbook.
///
/// # Errors
/// When rust_xlsxwriter refuses a value.
pub fn staff_xlsx(sheet: &Sheet, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let (zh, en) = STAFF_SHEET;
    xlsx::named_workbook([(labels::term(zh, en, lang), sheet)], lang)
}

/// The providers' sheet ([`providers_sheet`]) as a workbook.
///
/// # Errors
/// When rust_xlsxwriter refuses a value.
pub fn providers_xlsx(sheet: &Sheet, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let (zh, en) = PROVIDERS_SHEET;
    xlsx::named_workbook([(labels::term(zh, en, lang), sheet)], lang)
}
