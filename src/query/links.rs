//! The records a record points to, and the records that point to it, read from the field
//! descriptors: outgoing, each field of the record that refers to a record or a schedule (a
//! nonconformity's check and standard, a check's standards and schedule); incoming, every
//! record of every kind whose reference fields name this one (a standard's plans, checks, …;
//! a check's nonconformities), and the manifest's schedules that name a standard.

use chrono::NaiveDate;
use serde::Serialize;

use super::cell::Cell;
use super::fields::Cx;
use super::rec::Rec;
use crate::kind::{Kind, Target};
use crate::lang::Lang;
use crate::message::labels::{self, Label};
use crate::model::Id;
use crate::model::field::Field;
use crate::model::manifest::Schedule;
use crate::span::Sp;

/// How a linked record relates to the one shown: the heading of a group of links, and the
/// `relation` of `gbsw show --format json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relation {
    /// The name in JSON: the referring field's key (`related`, `check`), or the folder of the
    /// kind whose records are linked (`standards`, `rectifications`).
    pub key: &'static str,
    heading: Heading,
}

/// The words of a relation's heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heading {
    /// Declared in a table with both languages (a kind's name, a field's label).
    Term { zh: &'static str, en: &'static str },
    /// A word of the catalog, for the relations neither table names.
    Word(Label),
}

impl Relation {
    /// Records of a kind: the records of another kind that name the one shown (a standard's
    /// plans, checks, …), and the standards a record is about.
    fn kind(kind: Kind) -> Self {
        Self {
            key: kind.folder(),
            heading: Heading::Term {
                zh: kind.zh(),
                en: kind.en_plural(),
            },
        }
    }

    /// What one field of the record shown names: headed by the field's label.
    fn field(field: &Field) -> Self {
        Self {
            key: field.key,
            heading: Heading::Term {
                zh: field.zh,
                en: field.en,
            },
        }
    }

    /// The manifest's schedules (定期检查安排) that check a standard.
    const SCHEDULES: Self = Self {
        key: "schedules",
        heading: Heading::Word(Label::CheckSchedules),
    };

    #[must_use]
    pub(crate) fn label(self, lang: Lang) -> &'static str {
        match self.heading {
            Heading::Term { zh, en } => labels::term(zh, en, lang),
            Heading::Word(word) => word.text(lang),
        }
    }
}

impl Serialize for Relation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key)
    }
}

/// Whether a link goes from the record shown or comes to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    To,
    From,
}

/// The headings that neither a field's label (outgoing) nor its kind's name (incoming) gives:
/// (kind, field, direction, relation).
const HEADINGS: [(Kind, &str, Direction, Relation); 4] = [
    (
        Kind::Check,
        "schedule",
        Direction::To,
        Relation {
            key: "schedule",
            heading: Heading::Word(Label::ScheduleFulfilled),
        },
    ),
    (
        Kind::Improvement,
        "source",
        Direction::To,
        Relation {
            key: "source",
            heading: Heading::Word(Label::ImprovementSource),
        },
    ),
    (
        Kind::Standard,
        "related",
        Direction::From,
        Relation {
            key: "related-by",
            heading: Heading::Word(Label::RelatedBy),
        },
    ),
    (
        Kind::Standard,
        "supersedes",
        Direction::From,
        Relation {
            key: "superseded-by",
            heading: Heading::Word(Label::SupersededBy),
        },
    ),
];

/// The relation a reference field of a record of `kind` makes, seen from the record holding
/// it (`To`) or from the record it names (`From`). Outgoing links are headed by the field's
/// label, except that the standards a record of another kind names are "the standards"
/// whatever the field is called (`standard`, `standards`); incoming links by the referring
/// kind's name.
fn relation(kind: Kind, field: &'static Field, direction: Direction) -> Relation {
    if let Some((.., r)) = HEADINGS
        .iter()
        .find(|(k, f, d, _)| (*k, *f, *d) == (kind, field.key, direction))
    {
        return *r;
    }
    match direction {
        Direction::From => Relation::kind(kind),
        Direction::To
            if kind != Kind::Standard && field.refers == Some(Target::Record(Kind::Standard)) =>
        {
            Relation::kind(Kind::Standard)
        }
        Direction::To => Relation::field(field),
    }
}

/// The fields of a kind's descriptors that refer to something, its sub-tables' included.
fn reference_fields(fields: &'static [Field]) -> Vec<&'static Field> {
    fields
        .iter()
        .flat_map(|f| {
            let own = f.refers.is_some().then_some(f);
            own.into_iter()
                .chain(f.rows().map(reference_fields).unwrap_or_default())
        })
        .collect()
}

/// Whether a field's references are links (to records and schedules) rather than names shown
/// among the fields (units, categories).
fn links_to(target: Option<Target>) -> bool {
    match target {
        Some(Target::Record(_) | Target::AnyRecord | Target::Schedule) => true,
        Some(Target::Unit | Target::Category | Target::EvaluationPlan) | None => false,
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

/// Links under their headings, in the order headings are shown.
#[derive(Default)]
struct Groups(Vec<(Relation, Vec<Link>)>);

impl Groups {
    /// A heading's place, whether or not any link comes under it: the order of headings is
    /// the descriptors', not the order records happen to be read in.
    fn heading(&mut self, relation: Relation) {
        if !self.0.iter().any(|(r, _)| *r == relation) {
            self.0.push((relation, Vec::new()));
        }
    }

    fn add(&mut self, link: Link) {
        self.heading(link.relation);
        if let Some((_, links)) = self.0.iter_mut().find(|(r, _)| *r == link.relation) {
            links.push(link);
        }
    }

    fn links(self) -> impl Iterator<Item = Link> {
        self.0.into_iter().flat_map(|(_, links)| links)
    }
}

/// Every link of a record: what it refers to first, then what refers to it.
///
/// Outgoing links come in the order of the kind's fields, the records before the schedule (a
/// check's standards, then the schedule it fulfils), each as written. Incoming ones come by
/// referring kind in the order of the kind table, each kind's fields in order, with the
/// manifest's schedules after the standards; under each heading by date then id, a record
/// once however many of its fields name this one.
#[must_use]
pub fn links(cx: &Cx<'_>, rec: Rec<'_>) -> Vec<Link> {
    let mut out = outgoing(cx, rec);
    out.extend(incoming(cx, rec));
    out
}

fn outgoing(cx: &Cx<'_>, rec: Rec<'_>) -> Vec<Link> {
    let kind = rec.kind();
    let fields = reference_fields(crate::model::fields(kind));
    let mut groups = Groups::default();
    for schedules in [false, true] {
        for f in &fields {
            if links_to(f.refers) && (f.refers == Some(Target::Schedule)) == schedules {
                groups.heading(relation(kind, f, Direction::To));
            }
        }
    }
    for reference in rec.references() {
        let relation = relation(kind, reference.field, Direction::To);
        for &(id, _) in &reference.names {
            match reference.target {
                // Units and categories are shown among the fields, by name.
                Target::Unit | Target::Category | Target::EvaluationPlan => {}
                Target::Schedule => {
                    let found = cx.ledger.manifest.as_ref().and_then(|m| m.schedule(id));
                    groups.add(schedule_link(relation, id, found));
                }
                Target::Record(_) | Target::AnyRecord => groups.add(named(cx, relation, id)),
            }
        }
    }
    groups.links().collect()
}

fn incoming(cx: &Cx<'_>, rec: Rec<'_>) -> Vec<Link> {
    let ledger = cx.ledger;
    let (kind, id) = (rec.kind(), rec.id());
    let names_kind = |target: Option<Target>| match target {
        Some(Target::Record(k)) => k == kind,
        Some(Target::AnyRecord) => true,
        Some(Target::Unit | Target::Category | Target::Schedule | Target::EvaluationPlan)
        | None => false,
    };
    let schedules = match &ledger.manifest {
        Some(m) if kind == Kind::Standard => m
            .schedules
            .iter()
            .filter(|s| s.standards.iter().any(|x| x.value.as_str() == id))
            .collect(),
        Some(_) | None => Vec::new(),
    };
    let mut groups = Groups::default();
    for other_kind in Kind::ALL {
        for f in reference_fields(crate::model::fields(other_kind)) {
            if names_kind(f.refers) {
                groups.heading(relation(other_kind, f, Direction::From));
            }
        }
        // The manifest's schedules name standards too: after the standards naming this one.
        if other_kind == Kind::Standard {
            for s in &schedules {
                groups.add(Link {
                    incoming: true,
                    ..schedule_link(Relation::SCHEDULES, s.id.value.as_str(), Some(s))
                });
            }
        }
    }
    for other_kind in Kind::ALL {
        for other in Rec::all(ledger, other_kind) {
            let mut under: Vec<Relation> = Vec::new();
            for reference in other.references() {
                if !names_kind(Some(reference.target))
                    || !reference.names.iter().any(|(n, _)| *n == id)
                {
                    continue;
                }
                let relation = relation(other_kind, reference.field, Direction::From);
                if !under.contains(&relation) {
                    under.push(relation);
                }
            }
            for relation in under {
                groups.add(Link {
                    incoming: true,
                    ..record_link(cx, relation, other)
                });
            }
        }
    }
    for (_, links) in &mut groups.0 {
        links.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    }
    groups.links().collect()
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

/// The record an id names as a link, or a link to nothing.
fn named(cx: &Cx<'_>, relation: Relation, id: &str) -> Link {
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
    let (unit, caption, status) = match rec {
        Rec::Standard(s) => (
            unit(&s.owner),
            Some(s.title.value.clone()),
            Cell::term(s.status.value),
        ),
        Rec::Plan(p) => (
            p.owner.as_ref().and_then(unit),
            text(p.title.as_ref()),
            Cell::Empty,
        ),
        Rec::Check(c) => (
            unit(&c.unit),
            text(c.content.as_ref()).or_else(|| text(c.record.as_ref())),
            Cell::term(c.conclusion.value),
        ),
        Rec::Rectification(r) => (
            unit(&r.unit),
            Some(r.description.value.clone()),
            Cell::term(r.status(cx.as_of)),
        ),
        Rec::Review(r) => (
            r.proposed_by.as_ref().and_then(unit),
            text(r.opinion.as_ref()),
            r.decision
                .as_ref()
                .map_or(Cell::Empty, |d| Cell::term(d.value)),
        ),
        Rec::Evaluation(e) => (
            e.unit.as_ref().and_then(unit),
            Some(e.period.value.to_string()),
            e.score().map_or(Cell::Empty, |s| Cell::term(cx.grade(s))),
        ),
        Rec::Improvement(i) => (
            None,
            text(i.plan.as_ref()).or_else(|| text(i.measures.as_ref())),
            Cell::Empty,
        ),
        Rec::Training(t) => (
            unit(&t.unit),
            text(t.topic.as_ref()),
            t.training_type
                .as_ref()
                .map_or(Cell::Empty, |x| Cell::term(x.value)),
        ),
        Rec::Submission(s) => (unit(&s.unit), Some(s.period.value.to_string()), Cell::Empty),
    };
    Link {
        relation,
        incoming: false,
        kind: Some(rec.kind()),
        id: rec.id().to_owned(),
        found: true,
        date: rec.date(),
        unit,
        caption,
        status,
    }
}
