//! The contracted providers ranked (社会化服务单位考核排名) as a [`Document`]: the ranking
//! rule, then a row a provider in rank order — its name, evaluations, check conformity,
//! nonconformities, overdue ones and complaints — and, with the appendix, the records behind
//! each figure. No record id in the body.

use crate::doc::{Block, Document, Inline, Section, Table};
use crate::lang::Lang;
use crate::message::assessment::AssessText as A;
use crate::message::report::ReportText as T;
use crate::model::vocab::Vocab;
use crate::report::providers::{ProviderRow, ProvidersReport};
use crate::report::staff_doc::{DocOptions, incomplete_note, signed};
use crate::report::words::{DASH, ids, rate, score};

/// The latest evaluation as a cell: `85.0（良好）`, or `—`.
fn latest(p: &ProviderRow, l: Lang) -> String {
    p.latest().map_or_else(
        || DASH.to_owned(),
        |e| match e.grade {
            Some(g) => A::ScoreGrade {
                score: score(e.score),
                grade: g.label(l).to_owned(),
            }
            .text(l),
            None => score(e.score),
        },
    )
}

/// The providers ranked, as a document.
#[must_use]
pub fn document(r: &ProvidersReport, lang: Lang, options: DocOptions) -> Document {
    let l = lang;
    let mut ranking = Section::new(A::HeadRanking.text(l));
    ranking.push(Block::text(A::RankingRule.text(l)));
    ranking.push(Block::text(A::OverdueRule.text(l)));
    if r.rows.is_empty() {
        ranking.push(Block::Note(vec![Inline::text(A::NoProviders.text(l))]));
    } else {
        let header = [
            A::Rank,
            A::Provider,
            A::EvaluationsColumn,
            A::LatestEvaluation,
            A::MeanScore,
            A::ChecksColumn,
            A::ConformingChecks,
            A::ItemConformity,
            A::Nonconformities,
            A::Overdue,
            A::Complaints,
        ]
        .map(|t| t.text(l));
        let rows = r
            .rows
            .iter()
            .map(|p| {
                vec![
                    p.rank.to_string(),
                    p.name.clone(),
                    p.evaluations.len().to_string(),
                    latest(p, l),
                    score(p.mean_score),
                    p.checks.len().to_string(),
                    p.conforming_checks.len().to_string(),
                    rate(&p.conformity),
                    p.rectifications.len().to_string(),
                    p.overdue.len().to_string(),
                    p.complaints.len().to_string(),
                ]
            })
            .collect();
        ranking.push(Block::Table(Table::grid(header, rows)));
    }
    let mut sections = vec![incomplete_note(&r.incomplete, l), ranking];
    if options.appendix {
        sections.push(appendix(r, l));
    }
    let title = A::ProvidersTitle {
        who: r.organization.clone(),
        period: r.period,
    };
    signed(
        lang,
        title.text(l),
        A::ProvidersIntro { as_of: r.as_of }.text(l),
        (&r.signatory, r.as_of),
        sections,
    )
}

/// 附录: the records behind each provider's figures.
fn appendix(r: &ProvidersReport, l: Lang) -> Section {
    let figures = r
        .rows
        .iter()
        .map(|p| {
            let evaluations: Vec<String> = p.evaluations.iter().map(|e| e.id.clone()).collect();
            let conformity = T::ARatio {
                rate: rate(&p.conformity),
                num: ids(&p.conformity.num),
                den: ids(&p.conformity.den),
            }
            .text(l);
            let sources = A::ProviderSources {
                evaluations: ids(&evaluations),
                checks: ids(&p.checks),
                conformity,
                rectifications: ids(&p.rectifications),
                overdue: ids(&p.overdue),
                complaints: ids(&p.complaints),
            };
            (p.name.clone(), sources.text(l))
        })
        .collect();
    let mut s = Section::new(T::HeadAppendix.text(l));
    s.push(Block::Figures(figures));
    s
}
