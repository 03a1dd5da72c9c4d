//! The circular of check results (检查结果通报) as a [`Document`]: the summary sentences, the
//! table of checks and the main findings, decided here from the computed [`ChecksCircular`].

use crate::doc::{Block, Closing, Document, Inline, Section, Table};
use crate::lang::Lang;
use crate::message::labels;
use crate::message::report::ReportText as T;
use crate::model::vocab::{CheckType, Conformity, RectificationStatus, Vocab};
use crate::report::checks::ChecksCircular;
use crate::report::words::DASH;

/// The circular's title.
#[must_use]
pub fn title(c: &ChecksCircular, lang: Lang) -> String {
    let who = c.unit.as_ref().map_or_else(
        || c.organization.clone(),
        |(_, n)| format!("{} {n}", c.organization),
    );
    T::CircularTitle {
        who,
        period: c.period,
    }
    .text(lang)
}

/// A check's nonconformities with their status: `NC-1（整改中）、NC-2（已关闭）`, or `—`.
#[must_use]
pub fn rectifications(rects: &[(String, RectificationStatus)], lang: Lang) -> String {
    if rects.is_empty() {
        return DASH.to_owned();
    }
    rects
        .iter()
        .map(|(id, s)| T::WithStatus(id.clone(), s.label(lang).to_owned()).text(lang))
        .collect::<Vec<_>>()
        .join(&T::ListSep.text(lang))
}

/// The circular as a document.
#[must_use]
pub fn document(c: &ChecksCircular, lang: Lang) -> Document {
    let l = lang;
    let mut head = Section::untitled();
    if !c.incomplete.is_empty() {
        head.push(Block::Note(vec![Inline::Strong(
            T::IncompleteCircular {
                count: c.incomplete.len(),
                files: c.incomplete.join(&T::ListSep.text(l)),
            }
            .inlines(l),
        )]));
    }
    let total: usize = c.by_type.values().sum();
    let types: Vec<String> = CheckType::ALL
        .iter()
        .filter_map(|t| {
            c.by_type
                .get(t.key())
                .map(|n| T::CountTimes(t.zh(), t.key(), *n))
        })
        .map(|t| t.text(l))
        .collect();
    let conclusions: Vec<String> = Conformity::ALL
        .iter()
        .filter_map(|k| {
            c.by_conclusion
                .get(k.key())
                .map(|n| T::CountTimes(k.zh(), k.key(), *n))
        })
        .map(|t| t.text(l))
        .collect();
    let rects: Vec<String> = RectificationStatus::ALL
        .iter()
        .filter_map(|k| {
            c.rectifications_by_status
                .get(k.key())
                .map(|n| T::CountItems(k.zh(), k.key(), *n))
        })
        .map(|t| t.text(l))
        .collect();
    let join = |v: &[String]| {
        if v.is_empty() {
            T::None.text(l)
        } else {
            v.join(&T::ClauseSep.text(l))
        }
    };
    let mut summary = Section::new(T::HeadSummary.text(l));
    summary.push(Block::bullets([
        T::ChecksTotal {
            total,
            types: join(&types),
        }
        .text(l),
        T::Conclusions(join(&conclusions)).text(l),
        T::SelfChecks {
            count: c.self_checks,
            with_findings: c.self_checks_with_findings,
        }
        .text(l),
        T::RectificationsByStatus(join(&rects)).text(l),
    ]));
    let mut checks = Section::new(T::HeadChecks.text(l));
    let mut findings = None;
    if c.rows.is_empty() {
        checks.push(Block::text(T::NoChecks.text(l)));
    } else {
        let rows = c
            .rows
            .iter()
            .map(|r| {
                let items = if r.items.den.is_empty() {
                    DASH.to_owned()
                } else {
                    r.items.fraction()
                };
                // No checking unit of the ledger: the unit itself for a self-check; an
                // outside body (third party, higher level) named by the inspectors.
                let by = r.by.clone().unwrap_or_else(|| {
                    if r.check_type == CheckType::SelfCheck {
                        T::SelfCheckBy.text(l)
                    } else {
                        DASH.to_owned()
                    }
                });
                vec![
                    r.date.to_string(),
                    r.id.clone(),
                    r.check_type.label(l).to_owned(),
                    by,
                    r.unit.clone(),
                    r.inspectors.join(&T::ListSep.text(l)),
                    r.conclusion.label(l).to_owned(),
                    items,
                    rectifications(&r.rectifications, l),
                ]
            })
            .collect();
        checks.push(Block::Table(Table::grid(
            [
                T::Date,
                T::Check,
                T::Method,
                T::By,
                T::CheckedUnit,
                T::Inspectors,
                T::Conclusion,
                T::ItemsConformingColumn,
                T::NonconformitiesAndRectification,
            ]
            .map(|t| t.text(l)),
            rows,
        )));
        let with_record: Vec<Vec<Inline>> = c
            .rows
            .iter()
            .filter(|r| r.conclusion != Conformity::Conform)
            .filter_map(|r| {
                r.record.as_ref().map(|record| {
                    vec![
                        Inline::strong(&r.id),
                        Inline::Text(labels::unit_after_id(&r.unit, record, l)),
                    ]
                })
            })
            .collect();
        if !with_record.is_empty() {
            let mut s = Section::new(T::HeadFindings.text(l));
            s.push(Block::Bullets(with_record));
            findings = Some(s);
        }
    }
    let sections = [Some(head), Some(summary), Some(checks), findings];
    Document {
        lang,
        addressee: None,
        // The circular closes as an official document does: who issues it, and when.
        closing: (!c.signatory.is_empty()).then(|| Closing {
            attachments: Vec::new(),
            signatory: c.signatory.clone(),
            date: T::WrittenDate(c.as_of).text(l),
        }),
        title: title(c, lang),
        meta: vec![vec![Inline::Text(T::AsOf(c.as_of).text(l))]],
        sections: sections
            .into_iter()
            .flatten()
            .filter(|s| s.heading.is_some() || !s.blocks.is_empty())
            .collect(),
    }
}
