//! The staff grades of a year (员工考核等级汇总) as a [`Document`]: how many ratings of each
//! grade, then a row a person — name, unit name, a count a grade — and, with the appendix,
//! the evaluations behind each count. No record id in the body.

use chrono::NaiveDate;

use crate::doc::{Block, Closing, Document, Inline, Section, Table};
use crate::lang::Lang;
use crate::message::assessment::AssessText as A;
use crate::message::report::ReportText as T;
use crate::model::vocab::{StaffGrade, Vocab};
use crate::report::staff::StaffReport;
use crate::report::words::{DASH, ids};

/// How the document is drawn.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocOptions {
    /// 附录: the evaluations behind every count (`--appendix`).
    pub appendix: bool,
}

/// Who a report of one unit or of the whole bureau speaks for: `组织 单位`.
fn who(organization: &str, unit: Option<&(String, String)>) -> String {
    unit.map_or_else(
        || organization.to_owned(),
        |(_, n)| format!("{organization} {n}"),
    )
}

/// The head of a report: the warning naming the files left out, if any.
pub(crate) fn incomplete_note(incomplete: &[String], l: Lang) -> Section {
    let mut head = Section::untitled();
    if !incomplete.is_empty() {
        head.push(Block::Note(vec![Inline::Strong(
            T::IncompleteReport {
                count: incomplete.len(),
                files: incomplete.join(&T::ListSep.text(l)),
            }
            .inlines(l),
        )]));
    }
    head
}

/// The staff grades as a document.
#[must_use]
pub fn document(r: &StaffReport, lang: Lang, options: DocOptions) -> Document {
    let l = lang;
    let mut summary = Section::new(A::HeadStaffSummary.text(l));
    let ratings: usize = r.totals.values().sum();
    summary.push(Block::text(
        A::StaffSummary {
            ratings,
            people: r.rows.len(),
        }
        .text(l),
    ));
    if ratings > 0 {
        let by_grade: Vec<String> = StaffGrade::ALL
            .iter()
            .map(|g| A::Ratings(g.zh(), g.en(), r.totals.get(g.key()).copied().unwrap_or(0)))
            .map(|t| t.text(l))
            .collect();
        summary.push(Block::text(
            A::GradesOf(by_grade.join(&T::ClauseSep.text(l))).text(l),
        ));
    }
    let mut people = Section::new(A::HeadStaff.text(l));
    if r.rows.is_empty() {
        people.push(Block::Note(vec![Inline::text(A::NoStaff.text(l))]));
    } else {
        let header = [A::Name.text(l), T::Unit.text(l)]
            .into_iter()
            .chain(StaffGrade::ALL.iter().map(|g| g.label(l).to_owned()))
            .chain([A::RatingsColumn.text(l)]);
        let rows = r
            .rows
            .iter()
            .map(|p| {
                [
                    p.name.clone(),
                    p.unit_name.clone().unwrap_or_else(|| DASH.to_owned()),
                ]
                .into_iter()
                .chain(StaffGrade::ALL.iter().map(|g| p.count(*g).to_string()))
                .chain([p.evaluations.len().to_string()])
                .collect()
            })
            .collect();
        people.push(Block::Table(Table::grid(header, rows)));
    }
    let mut sections = vec![incomplete_note(&r.incomplete, l), summary, people];
    if options.appendix {
        sections.push(appendix(r, l));
    }
    let meta = A::StaffIntro {
        as_of: r.as_of,
        evaluations: r.sources.len(),
    };
    let title = A::StaffTitle {
        who: who(&r.organization, r.unit.as_ref()),
        year: r.year,
    };
    signed(
        lang,
        title.text(l),
        meta.text(l),
        (&r.signatory, r.as_of),
        sections,
    )
}

/// A table of the assessment as a document: its title, a line under it, its sections (those
/// with a heading or something to show) and the signatory with the as-of date written out.
pub(crate) fn signed(
    lang: Lang,
    title: String,
    meta: String,
    (signatory, as_of): (&str, NaiveDate),
    sections: Vec<Section>,
) -> Document {
    Document {
        lang,
        addressee: None,
        closing: (!signatory.is_empty()).then(|| Closing {
            attachments: Vec::new(),
            signatory: signatory.to_owned(),
            date: T::WrittenDate(as_of).text(lang),
        }),
        title,
        meta: vec![vec![Inline::Text(meta)]],
        sections: sections
            .into_iter()
            .filter(|s| s.heading.is_some() || !s.blocks.is_empty())
            .collect(),
    }
}

/// 附录: the evaluations counted, and for each person those behind each grade.
fn appendix(r: &StaffReport, l: Lang) -> Section {
    let mut figures = vec![(
        A::AEvaluations.text(l),
        T::ACount {
            count: r.sources.len(),
            ids: ids(&r.sources),
        }
        .text(l),
    )];
    for p in &r.rows {
        let person = A::PersonOf {
            name: p.name.clone(),
            unit: p.unit_name.clone().unwrap_or_else(|| DASH.to_owned()),
        }
        .text(l);
        let grades: Vec<String> = StaffGrade::ALL
            .iter()
            .filter_map(|g| {
                let list = p.grades.get(g.key()).filter(|v| !v.is_empty())?;
                Some(
                    A::GradeSources {
                        grade: g.label(l).to_owned(),
                        ids: ids(list),
                    }
                    .text(l),
                )
            })
            .collect();
        figures.push((person, grades.join(&T::ListSep.text(l))));
    }
    let mut s = Section::new(T::HeadAppendix.text(l));
    s.push(Block::Figures(figures));
    s
}
