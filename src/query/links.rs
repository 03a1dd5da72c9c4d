//! The records a record points to, and the records that point to it: a standard's plans,
//! checks, nonconformities, reviews, evaluations, improvements and trainings; a check's
//! schedule and nonconformities; a nonconformity's check and standard; a plan's standards.

use chrono::NaiveDate;
use serde::Serialize;

use super::cell::Cell;
use super::fields::Cx;
use super::rec::Rec;
use crate::kind::Kind;
use crate::lang::Lang;
use crate::model::Id;
use crate::model::manifest::Schedule;
use crate::span::Sp;

/// How a linked record relates to the one shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// The check that found a nonconformity.
    Check,
    Standards,
    Related,
    /// Standards that list this one among their related standards.
    RelatedBy,
    Supersedes,
    SupersededBy,
    /// The schedule (定期检查安排) a check fulfils.
    Schedule,
    /// What an improvement round came from.
    Source,
    /// The manifest's schedules (定期检查安排) that check a standard.
    Schedules,
    Plans,
    Checks,
    Rectifications,
    Reviews,
    Evaluations,
    Improvements,
    Trainings,
}

impl Relation {
    #[must_use]
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Check => lang.pick("来源检查", "found by check"),
            Self::Standards => lang.pick("标准", "standards"),
            Self::Related => lang.pick("配套标准", "related standards"),
            Self::RelatedBy => lang.pick("列其为配套标准的标准", "listed as related by"),
            Self::Supersedes => lang.pick("替代的标准", "supersedes"),
            Self::SupersededBy => lang.pick("被替代为", "superseded by"),
            Self::Schedule => lang.pick("履行的检查安排", "schedule fulfilled"),
            Self::Source => lang.pick("改进来源", "source"),
            Self::Schedules => lang.pick("定期检查安排", "check schedules"),
            Self::Plans => lang.pick("实施计划", "plans"),
            Self::Checks => lang.pick("检查记录", "checks"),
            Self::Rectifications => lang.pick("不符合项", "nonconformities"),
            Self::Reviews => lang.pick("复审", "reviews"),
            Self::Evaluations => lang.pick("评价", "evaluations"),
            Self::Improvements => lang.pick("持续改进", "improvements"),
            Self::Trainings => lang.pick("宣贯培训", "trainings"),
        }
    }
}

/// One linked record (or schedule), with enough to recognise it in a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub relation: Relation,
    /// True when the other record refers to this one.
    pub incoming: bool,
    /// The linked record's kind; `None` for a schedule of the manifest.
    pub kind: Option<Kind>,
    pub id: String,
    /// False for a reference to nothing (which `gbsw check` reports).
    pub found: bool,
    pub date: Option<NaiveDate>,
    pub unit: Option<String>,
    /// A title, description, topic or name.
    pub caption: Option<String>,
    /// A status, conclusion, decision or grade.
    pub status: Cell,
}

/// Every link of a record: what it refers to first, then what refers to it, each group in the
/// order of [`Relation`], records by date then id.
#[must_use]
pub fn links(cx: &Cx<'_>, rec: Rec<'_>) -> Vec<Link> {
    let ledger = cx.ledger;
    let mut out = Vec::new();
    let mut to = |relation, ids: &[&Sp<Id>]| {
        for id in ids {
            out.push(outgoing(cx, relation, id.value.as_str()));
        }
    };
    match rec {
        Rec::Standard(s) => {
            to(Relation::Related, &s.related.iter().collect::<Vec<_>>());
            to(
                Relation::Supersedes,
                &s.supersedes.iter().collect::<Vec<_>>(),
            );
        }
        Rec::Plan(p) => to(Relation::Standards, &p.standards.iter().collect::<Vec<_>>()),
        Rec::Check(c) => {
            to(Relation::Standards, &c.standards.iter().collect::<Vec<_>>());
            if let Some(s) = &c.schedule {
                let found = ledger
                    .manifest
                    .as_ref()
                    .and_then(|m| m.schedule(s.value.as_str()));
                out.push(schedule_link(Relation::Schedule, s.value.as_str(), found));
            }
        }
        Rec::Rectification(r) => {
            to(Relation::Check, &r.check.iter().collect::<Vec<_>>());
            to(Relation::Standards, &r.standard.iter().collect::<Vec<_>>());
        }
        Rec::Review(r) => to(Relation::Standards, &[&r.standard]),
        Rec::Evaluation(e) => to(Relation::Standards, &e.standards.iter().collect::<Vec<_>>()),
        Rec::Improvement(i) => {
            to(Relation::Standards, &[&i.standard]);
            to(Relation::Source, &i.source.iter().collect::<Vec<_>>());
        }
        Rec::Training(t) => to(Relation::Standards, &t.standards.iter().collect::<Vec<_>>()),
        Rec::Submission(_) => {}
    }
    out.sort_by_key(|l| l.relation);
    let id = rec.id();
    let mut from: Vec<Link> = Vec::new();
    let mut add = |relation, others: Vec<Rec<'_>>| {
        for o in others {
            from.push(Link {
                relation,
                incoming: true,
                ..record_link(cx, relation, o)
            });
        }
    };
    let refer = |kind: Kind, test: &dyn Fn(Rec<'_>) -> bool| {
        Rec::all(ledger, kind)
            .into_iter()
            .filter(|r| test(*r))
            .collect::<Vec<_>>()
    };
    let names_standard = |r: Rec<'_>| r.standards().iter().any(|s| s.as_str() == id);
    let from_source = |r: Rec<'_>| matches!(r, Rec::Improvement(i) if i.source.as_ref().is_some_and(|s| s.value.as_str() == id));
    match rec {
        Rec::Standard(_) => {
            add(
                Relation::RelatedBy,
                refer(
                    Kind::Standard,
                    &|r| matches!(r, Rec::Standard(s) if s.related.iter().any(|x| x.value.as_str() == id)),
                ),
            );
            add(
                Relation::SupersededBy,
                refer(
                    Kind::Standard,
                    &|r| matches!(r, Rec::Standard(s) if s.supersedes.as_ref().is_some_and(|x| x.value.as_str() == id)),
                ),
            );
            for (relation, kind) in [
                (Relation::Plans, Kind::Plan),
                (Relation::Checks, Kind::Check),
                (Relation::Rectifications, Kind::Rectification),
                (Relation::Reviews, Kind::Review),
                (Relation::Evaluations, Kind::Evaluation),
                (Relation::Improvements, Kind::Improvement),
                (Relation::Trainings, Kind::Training),
            ] {
                add(relation, refer(kind, &names_standard));
            }
        }
        Rec::Check(_) => {
            add(
                Relation::Rectifications,
                refer(
                    Kind::Rectification,
                    &|r| matches!(r, Rec::Rectification(x) if x.check.as_ref().is_some_and(|c| c.value.as_str() == id)),
                ),
            );
            add(
                Relation::Improvements,
                refer(Kind::Improvement, &from_source),
            );
        }
        Rec::Rectification(_) | Rec::Evaluation(_) => {
            add(
                Relation::Improvements,
                refer(Kind::Improvement, &from_source),
            );
        }
        _ => {}
    }
    if let (Rec::Standard(_), Some(m)) = (rec, &ledger.manifest) {
        for s in m
            .schedules
            .iter()
            .filter(|s| s.standards.iter().any(|x| x.value.as_str() == id))
        {
            from.push(Link {
                incoming: true,
                ..schedule_link(Relation::Schedules, s.id.value.as_str(), Some(s))
            });
        }
    }
    from.sort_by(|a, b| (a.relation, a.date, &a.id).cmp(&(b.relation, b.date, &b.id)));
    out.extend(from);
    out
}

/// A schedule of the manifest as a link: its name and cadence.
fn schedule_link(relation: Relation, id: &str, found: Option<&Schedule>) -> Link {
    Link {
        relation,
        incoming: false,
        kind: None,
        id: id.to_owned(),
        found: found.is_some(),
        date: None,
        unit: None,
        caption: found.and_then(|f| f.name.as_ref()).map(|n| n.value.clone()),
        status: found.map_or(Cell::Empty, |f| Cell::term(f.cadence.value)),
    }
}

fn outgoing(cx: &Cx<'_>, relation: Relation, id: &str) -> Link {
    match Rec::find(cx.ledger, id) {
        Some(r) => record_link(cx, relation, r),
        None => Link {
            relation,
            incoming: false,
            kind: None,
            id: id.to_owned(),
            found: false,
            date: None,
            unit: None,
            caption: None,
            status: Cell::Empty,
        },
    }
}

/// A record as a link: its date, unit, caption and status.
fn record_link(cx: &Cx<'_>, relation: Relation, rec: Rec<'_>) -> Link {
    let text = |s: Option<&Sp<String>>| s.map(|s| s.value.clone());
    let unit = |u: &Sp<Id>| Some(u.value.0.clone());
    let (date, unit, caption, status) = match rec {
        Rec::Standard(s) => (
            s.effective.as_ref().map(|d| d.value),
            unit(&s.owner),
            Some(s.title.value.clone()),
            Cell::term(s.status.value),
        ),
        Rec::Plan(p) => (
            p.start.as_ref().map(|d| d.value),
            p.owner.as_ref().and_then(unit),
            text(p.title.as_ref()),
            Cell::Empty,
        ),
        Rec::Check(c) => (
            Some(c.date.value),
            unit(&c.unit),
            text(c.content.as_ref()).or_else(|| text(c.record.as_ref())),
            Cell::term(c.conclusion.value),
        ),
        Rec::Rectification(r) => (
            Some(r.found.value),
            unit(&r.unit),
            Some(r.description.value.clone()),
            Cell::term(r.status(cx.as_of)),
        ),
        Rec::Review(r) => (
            Some(r.date.value),
            r.proposed_by.as_ref().and_then(unit),
            text(r.opinion.as_ref()),
            r.decision
                .as_ref()
                .map_or(Cell::Empty, |d| Cell::term(d.value)),
        ),
        Rec::Evaluation(e) => (
            e.date.as_ref().map(|d| d.value),
            e.unit.as_ref().and_then(unit),
            Some(e.period.value.to_string()),
            e.score().map_or(Cell::Empty, |s| Cell::term(cx.grade(s))),
        ),
        Rec::Improvement(i) => (
            i.date.as_ref().map(|d| d.value),
            None,
            text(i.plan.as_ref()).or_else(|| text(i.measures.as_ref())),
            Cell::Empty,
        ),
        Rec::Training(t) => (
            Some(t.date.value),
            unit(&t.unit),
            text(t.topic.as_ref()),
            t.training_type
                .as_ref()
                .map_or(Cell::Empty, |x| Cell::term(x.value)),
        ),
        Rec::Submission(s) => (
            Some(s.submitted.value),
            unit(&s.unit),
            Some(s.period.value.to_string()),
            Cell::Empty,
        ),
    };
    Link {
        relation,
        incoming: false,
        kind: Some(rec.kind()),
        id: rec.id().to_owned(),
        found: true,
        date,
        unit,
        caption,
        status,
    }
}
