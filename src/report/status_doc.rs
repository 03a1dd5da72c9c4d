//! `gbsw status` as a [`Document`]: the tables of the screen, the overdue items, reviews,
//! who has handed in the half year's report, decided here from the computed [`Status`].

use crate::doc::{Block, Document, Section, Table};
use crate::lang::Lang;
use crate::message::labels;
use crate::message::report::ReportText as T;
use crate::model::vocab::{CheckType, RectificationStatus, StandardStatus, Vocab};
use crate::report::status::Status;
use crate::report::words::{DASH, due_listing, rate};

/// The status screen as a document: one untitled part of boxed tables, then one part each for
/// the overdue items, the reviews, the evaluations and improvements, the reports, then the closing line.
#[must_use]
pub fn document(s: &Status, lang: Lang) -> Document {
    let l = lang;
    let who = s.unit.as_ref().map_or_else(
        || s.organization.clone(),
        |u| format!("{} {u}", s.organization),
    );
    let mut head = Section::untitled();
    if !s.incomplete.is_empty() {
        head.push(Block::Note(vec![crate::doc::Inline::Text(
            T::StatusIncomplete {
                count: s.incomplete.len(),
                files: s.incomplete.join(&T::ListSep.text(l)),
            }
            .text(l),
        )]));
    }
    // Standards by category and status.
    let header = std::iter::once(T::Category.text(l))
        .chain(StandardStatus::ALL.iter().map(|st| st.label(l).to_owned()));
    let rows = s
        .standards
        .iter()
        .map(|(_, zh, en, by)| {
            std::iter::once(labels::term(zh, en, l).clone())
                .chain(
                    StandardStatus::ALL
                        .iter()
                        .map(|st| by.get(st.key()).copied().unwrap_or(0).to_string()),
                )
                .collect()
        })
        .collect();
    head.push(Block::Table(Table::grid(header, rows)));
    // Plans.
    let rows = s
        .plans
        .iter()
        .map(|p| {
            vec![
                p.id.clone(),
                format!("{}/{}", p.done, p.total),
                p.end.map_or_else(|| DASH.to_owned(), |d| d.to_string()),
                p.late.to_string(),
            ]
        })
        .collect();
    head.push(Block::Table(Table::grid(
        [T::Plan, T::ActivitiesDone, T::Ends, T::LateActivities].map(|t| t.text(l)),
        rows,
    )));
    // Checks and conformity in the period.
    let ind = &s.indicators;
    let mut rows: Vec<Vec<String>> = CheckType::ALL
        .iter()
        .map(|t| {
            let n = ind.checks_by_type.get(t.key()).map_or(0, Vec::len);
            vec![t.label(l).to_owned(), n.to_string()]
        })
        .collect();
    rows.push(vec![T::Total.text(l), ind.checks.len().to_string()]);
    rows.push(vec![T::ItemsConformingShort.text(l), rate(&ind.conformity)]);
    rows.push(vec![T::DutiesDone.text(l), rate(&ind.duty_completion)]);
    rows.push(vec![
        T::ReportsOnTime.text(l),
        rate(&ind.submission_timeliness),
    ]);
    head.push(Block::Table(Table::grid(
        [T::ChecksInPeriod.text(l), T::CountOrRate.text(l)],
        rows,
    )));
    // Rectifications by status.
    let rows = RectificationStatus::ALL
        .iter()
        .map(|st| {
            let ids = s.rectifications.get(st.key()).cloned().unwrap_or_default();
            vec![
                st.label(l).to_owned(),
                ids.len().to_string(),
                ids.join(", "),
            ]
        })
        .collect();
    head.push(Block::Table(Table::grid(
        [T::RectificationState, T::Count, T::Records].map(|t| t.text(l)),
        rows,
    )));
    // The heading says how many are overdue; the table shows the oldest ones.
    let mut overdue = Section::new(
        T::OverdueHeading {
            total: s.overdue_total,
            shown: (s.overdue_total > s.overdue.len()).then_some(s.overdue.len()),
        }
        .text(l),
    );
    overdue.push(Block::Table(due_listing(&s.overdue, l)));
    let mut reviews = Section::new(T::ReviewsDue.text(l));
    reviews.push(if s.reviews.is_empty() {
        Block::text(T::None.text(l))
    } else {
        Block::Table(due_listing(&s.reviews, l))
    });
    let mut loops = Section::new(T::EvaluationsImprovementsDue.text(l));
    loops.push(if s.evaluations_improvements.is_empty() {
        Block::text(T::None.text(l))
    } else {
        Block::Table(due_listing(&s.evaluations_improvements, l))
    });
    // Who has handed in the half year's report.
    let mut reports = Section::new(T::SubmissionsHeading(s.half).text(l));
    reports.push(if s.submissions.is_empty() {
        Block::text(T::NoUnitOwes.text(l))
    } else {
        let rows = s
            .submissions
            .iter()
            .map(|r| {
                vec![
                    r.name.clone(),
                    r.deadline.to_string(),
                    r.state.label(l).to_owned(),
                    r.submitted
                        .map_or_else(|| DASH.to_owned(), |d| d.to_string()),
                    r.record.clone().unwrap_or_else(|| DASH.to_owned()),
                ]
            })
            .collect();
        Block::Table(Table::grid(
            [T::Unit, T::Deadline, T::State, T::HandedIn, T::Record].map(|t| t.text(l)),
            rows,
        ))
    });
    let mut end = Section::untitled();
    end.push(Block::text(
        T::StatusFooter {
            as_of: s.as_of,
            due: s.due_total,
            overdue: s.overdue_total,
        }
        .text(l),
    ));
    Document {
        lang,
        addressee: None,
        closing: None,
        title: T::StatusTitle {
            who,
            period: s.period,
            as_of: s.as_of,
        }
        .text(l),
        meta: Vec::new(),
        sections: vec![head, overdue, reviews, loops, reports, end],
    }
}
