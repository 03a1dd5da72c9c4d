//! How the reports write figures: rates, scores, lists of ids, the due-item tables. Shared by
//! the documents of `report::*` so the same figure reads the same everywhere.

use crate::doc::{Column, Fit, Row, Table, TableKind};
use crate::due::DueItem;
use crate::lang::Lang;
use crate::message::report::ReportText as T;
use crate::model::vocab::Vocab;
use crate::report::Ratio;

/// What stands where there is no value.
pub(crate) const DASH: &str = "—";

/// `93.3% (14/15)`, or `—` when the denominator is empty.
#[must_use]
pub fn rate(r: &Ratio) -> String {
    if r.den.is_empty() {
        DASH.to_owned()
    } else {
        format!("{} ({})", r.percent(), r.fraction())
    }
}

/// `88.4%` of a share already in percent, or `—`.
#[must_use]
pub fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| DASH.to_owned(), |v| format!("{v:.1}%"))
}

/// A score with one decimal, or `—`.
#[must_use]
pub fn score(s: Option<f64>) -> String {
    s.map_or_else(|| DASH.to_owned(), |v| format!("{v:.1}"))
}

/// Ids separated by commas, or `—` for none.
#[must_use]
pub fn ids(ids: &[String]) -> String {
    if ids.is_empty() {
        DASH.to_owned()
    } else {
        ids.join(", ")
    }
}

/// A label of a vocabulary value in `lang`; an unknown key as it is.
#[must_use]
pub(crate) fn label<V: Vocab>(key: &str, lang: Lang) -> String {
    V::parse(key).map_or_else(|| key.to_owned(), |v| v.label(lang).to_owned())
}

/// Due items as a listing for the terminal (`gbsw due`, the status screen): date, days left
/// and kind never cut; the unit cut at 14 columns, the person at 8, the description last.
/// Overdue rows are alerts.
#[must_use]
pub(crate) fn due_listing(items: &[DueItem], lang: Lang) -> Table {
    let columns = vec![
        Column::new(T::Due.text(lang)).fit(Fit::Whole),
        Column::new(T::Days.text(lang)).fit(Fit::Whole),
        Column::new(T::Kind.text(lang)).fit(Fit::Whole),
        Column::new(T::Unit.text(lang)).fit(Fit::CutAt(14)),
        Column::new(T::Person.text(lang)).fit(Fit::CutAt(8)),
        Column::new(T::What.text(lang)).fit(Fit::Cut),
    ];
    let rows = items
        .iter()
        .map(|i| Row {
            cells: vec![
                i.due.to_string(),
                i.days_left.to_string(),
                i.kind.label(lang).to_owned(),
                i.unit.as_ref().map_or("", |u| u.as_str()).to_owned(),
                i.person.clone().unwrap_or_default(),
                i.what.text(lang),
            ],
            alert: i.is_overdue(),
        })
        .collect();
    Table {
        kind: TableKind::Listing,
        columns,
        rows,
        caption: None,
        note: None,
    }
}

/// A due item's days as a document writes them: `逾期 12 天`, `还有 5 天`, `今天到期`.
#[must_use]
pub(crate) fn days(days_left: i64, lang: Lang) -> String {
    match days_left {
        0 => T::DueToday.text(lang),
        n if n < 0 => T::DaysOverdue(-n).text(lang),
        n => T::DaysToGo(n).text(lang),
    }
}

/// Due items as a table of the semiannual report: the unit's name and what is due in words,
/// no record ids or files (the appendix names them, [`due_sources`]).
#[must_use]
pub(crate) fn due_table(items: &[DueItem], lang: Lang) -> Table {
    let header = [T::Due, T::TimeLeft, T::Kind, T::Unit, T::What].map(|t| t.text(lang));
    let rows = items
        .iter()
        .map(|i| {
            vec![
                i.due.to_string(),
                days(i.days_left, lang),
                i.kind.label(lang).to_owned(),
                i.unit_name.clone().unwrap_or_default(),
                crate::message::due::plain(&i.what, lang),
            ]
        })
        .collect();
    Table::grid(header, rows)
}

/// The records behind due items, for the appendix: `NC-2026-005 (rectifications/…:3)`.
#[must_use]
pub(crate) fn due_sources(items: &[DueItem]) -> Vec<String> {
    items
        .iter()
        .filter_map(|i| i.source.as_ref())
        .map(|s| format!("{} ({}:{})", s.id, s.file, s.line))
        .collect()
}
