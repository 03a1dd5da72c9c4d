//! The due engine: every deadline the ledger implies, as of a day. Each submodule derives one
//! family of items; [`due`] gathers them, most urgent first. Nothing here prints.

pub mod duties;
mod evaluations;
mod improvements;
mod plans;
mod rectifications;
mod standards;
pub mod submissions;

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::WorkCalendar;
use crate::ledger::Ledger;
use crate::message::Msg;
use crate::model::manifest::Defaults;
use crate::model::vocab::DueKind;
use crate::model::{Id, Meta};

/// The record a due item comes from, as a reader finds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: String,
    pub file: String,
    pub line: usize,
}

/// One thing that is due.
#[derive(Debug, Clone, PartialEq)]
pub struct DueItem {
    pub kind: DueKind,
    pub due: NaiveDate,
    /// Days from the as-of date to the due date; negative when overdue.
    pub days_left: i64,
    pub unit: Option<Id>,
    /// The unit's name from the manifest.
    pub unit_name: Option<String>,
    pub person: Option<String>,
    pub source: Option<Source>,
    pub what: Msg,
    /// Stable across runs and as-of dates, so a calendar re-import updates the event.
    pub uid: String,
}

impl DueItem {
    #[must_use]
    pub fn is_overdue(&self) -> bool {
        self.days_left < 0
    }
}

/// What every family of items needs.
pub(crate) struct Cx<'a> {
    pub ledger: &'a Ledger,
    pub as_of: NaiveDate,
    pub defaults: Defaults,
    /// The first day the ledger records activity: no duty is owed before it.
    pub ledger_start: NaiveDate,
    /// Check duties and reports are looked for from this day on ([`duties::lookback_start`]).
    pub lookback: NaiveDate,
    /// `gbsw.toml`'s file, looked up once (a search of the ledger's files).
    pub manifest_file: Option<crate::source::FileId>,
    pub items: Vec<DueItem>,
}

impl Cx<'_> {
    fn source(&self, id: &str, meta: Meta) -> Source {
        let file = self.ledger.files.get(meta.file);
        Source {
            id: id.to_owned(),
            file: file.map_or_else(String::new, |f| f.display.clone()),
            line: file.map_or(0, |f| f.line_col(meta.span.start).0),
        }
    }

    /// Where something the manifest declares (a unit, a schedule, an evaluation plan) is
    /// written: `gbsw.toml` at its id. `None` when the ledger has no manifest file.
    fn manifest_source(&self, id: &crate::span::Sp<Id>) -> Option<Source> {
        let file = self.manifest_file?;
        Some(self.source(
            id.value.as_str(),
            Meta {
                file,
                span: id.span,
            },
        ))
    }

    fn unit_head(&self, unit: Option<&Id>) -> Option<String> {
        let m = self.ledger.manifest.as_ref()?;
        m.unit(unit?.as_str())?
            .head
            .as_ref()
            .map(|h| h.value.clone())
    }

    fn unit_name(&self, unit: &Id) -> String {
        self.ledger
            .manifest
            .as_ref()
            .and_then(|m| m.unit(unit.as_str()))
            .map_or_else(|| unit.0.clone(), |u| u.name.value.clone())
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: DueKind,
        due: NaiveDate,
        unit: Option<Id>,
        person: Option<String>,
        source: Option<Source>,
        what: Msg,
        uid: String,
    ) {
        let unit_name = unit.as_ref().map(|u| self.unit_name(u));
        self.items.push(DueItem {
            kind,
            due,
            days_left: (due - self.as_of).num_days(),
            unit,
            unit_name,
            person,
            source,
            what,
            uid,
        });
    }
}

/// The earliest day of recorded activity: the first check, training or submission.
#[must_use]
pub fn ledger_start(ledger: &Ledger, as_of: NaiveDate) -> NaiveDate {
    let checks = ledger.checks.iter().map(|c| c.date.value);
    let trainings = ledger.trainings.iter().map(|t| t.date.value);
    let submissions = ledger.submissions.iter().map(|s| s.submitted.value);
    checks
        .chain(trainings)
        .chain(submissions)
        .min()
        .unwrap_or(as_of)
}

/// The first day scheduled checks and semiannual reports are looked for, when the ledger's
/// history reaches further back than the look-back ([`duties::LOOKBACK_MONTHS`]): what the
/// due list leaves out, for a command to say so.
#[must_use]
pub fn lookback_from(ledger: &Ledger, as_of: NaiveDate) -> Option<NaiveDate> {
    let from = duties::lookback_start(as_of);
    (ledger_start(ledger, as_of) < from).then_some(from)
}

/// Every due item of the ledger as of a day, most urgent first (earliest due date, then kind,
/// then source), so the order is stable.
#[must_use]
pub fn due(ledger: &Ledger, as_of: NaiveDate) -> Vec<DueItem> {
    due_with(ledger, as_of, &Periods::walk(ledger, as_of, as_of))
}

/// The duty periods of a ledger as of a day, walked once for everything that needs them:
/// `due`'s missed duties (the look-back window) and a report's or status screen's indicators
/// (its period's), so that a report does not walk them twice.
pub(crate) struct Periods<'a> {
    all: Vec<duties::DutyPeriod<'a>>,
}

impl<'a> Periods<'a> {
    /// Every duty period from the look-back window's start, or from `from` when that is
    /// earlier, up to `as_of`.
    #[must_use]
    pub(crate) fn walk(ledger: &'a Ledger, from: NaiveDate, as_of: NaiveDate) -> Self {
        let calendar = WorkCalendar::new(ledger.manifest.as_ref().map(|m| &m.calendar));
        let from = from.min(duties::lookback_start(as_of));
        Self {
            all: duties::duty_periods(ledger, &calendar, ledger_start(ledger, as_of), from, as_of),
        }
    }

    /// The periods `duties::duty_periods` gives from `from` (no earlier than the walk's
    /// start): those from the one holding `from` on. The walk visits the same aligned periods
    /// from an earlier day, so these are the same periods in the same order.
    #[must_use]
    pub(crate) fn from(&self, from: NaiveDate) -> Vec<duties::DutyPeriod<'a>> {
        self.all
            .iter()
            .filter(|p| p.start >= duties::bounds(p.schedule.cadence.value, from).0)
            .cloned()
            .collect()
    }
}

/// [`due`] with the duty periods walked already.
#[must_use]
pub(crate) fn due_with(ledger: &Ledger, as_of: NaiveDate, periods: &Periods<'_>) -> Vec<DueItem> {
    let manifest = ledger.manifest.as_ref();
    let mut cx = Cx {
        ledger,
        as_of,
        defaults: manifest.map(|m| m.defaults.clone()).unwrap_or_default(),
        ledger_start: ledger_start(ledger, as_of),
        lookback: duties::lookback_start(as_of),
        manifest_file: ledger.manifest_file(),
        items: Vec::new(),
    };
    plans::run(&mut cx);
    rectifications::run(&mut cx);
    let missed = periods.from(cx.lookback);
    duties::run(&mut cx, &missed);
    standards::run(&mut cx);
    improvements::run(&mut cx);
    evaluations::run(&mut cx);
    submissions::run(&mut cx);
    let mut items = cx.items;
    items.sort_by(|a, b| (a.due, a.kind, &a.uid).cmp(&(b.due, b.kind, &b.uid)));
    items
}
