//! References: every unit, standard, check, schedule and category a record names exists.

use super::Rules;
use crate::diag::{Code, Diagnostic};
use crate::kind::Kind;
use crate::message::{Msg, Target};
use crate::model::category;

pub(super) fn run(r: &mut Rules<'_>) {
    manifest(r);
    let ledger = r.ledger;
    let std_ref = Target::Record(Kind::Standard);
    for s in &ledger.standards {
        let f = s.meta.file;
        r.unit_ref(f, &s.owner, "owner");
        if let Some(o) = &s.organizer {
            r.unit_ref(f, o, "organizer");
        }
        for u in &s.implementers {
            r.unit_ref(f, u, "implementers");
        }
        r.no_repeats(f, &s.implementers, "implementers");
        for rel in &s.related {
            if rel.value == s.id.value {
                r.at(
                    Code::SelfReference,
                    f,
                    rel.span,
                    Msg::SelfReference {
                        field: "related".into(),
                    },
                    Msg::HintSelfReference,
                );
            } else {
                r.record_ref(f, rel, "related", std_ref);
            }
        }
        r.no_repeats(f, &s.related, "related");
        if let Some(sup) = &s.supersedes {
            if sup.value == s.id.value {
                r.at(
                    Code::SelfReference,
                    f,
                    sup.span,
                    Msg::SelfReference {
                        field: "supersedes".into(),
                    },
                    Msg::HintSelfReference,
                );
            } else {
                r.record_ref(f, sup, "supersedes", std_ref);
            }
        }
        if category::find(&ledger.categories, &s.category.value).is_none() {
            let names = ledger
                .categories
                .iter()
                .map(|c| format!("{}（{}）", c.id, c.name))
                .collect::<Vec<_>>()
                .join(", ");
            r.at(
                Code::UnknownReference,
                f,
                s.category.span,
                Msg::UnknownReference {
                    field: "category".into(),
                    target: Target::Category,
                    id: s.category.value.clone(),
                },
                Msg::HintAllowedValues { values: names },
            );
        }
    }
    for p in &ledger.plans {
        let f = p.meta.file;
        for s in &p.standards {
            r.record_ref(f, s, "standards", std_ref);
        }
        r.no_repeats(f, &p.standards, "standards");
        for (field, u) in [("owner", &p.owner), ("organizer", &p.organizer)] {
            if let Some(u) = u {
                r.unit_ref(f, u, field);
            }
        }
    }
    for c in &ledger.checks {
        let f = c.meta.file;
        r.unit_ref(f, &c.unit, "unit");
        if let Some(by) = &c.by {
            r.unit_ref(f, by, "by");
        }
        for s in &c.standards {
            r.record_ref(f, s, "standards", std_ref);
        }
        r.no_repeats(f, &c.standards, "standards");
        if let (Some(s), Some(m)) = (&c.schedule, &ledger.manifest)
            && m.schedule(s.value.as_str()).is_none()
        {
            let hint = match crate::decode::did_you_mean(
                s.value.as_str(),
                m.schedules.iter().map(|x| x.id.value.as_str()),
            ) {
                Some(near) => Msg::HintDidYouMean {
                    name: near.to_owned(),
                },
                None => Msg::HintFixSchedule,
            };
            r.at(
                Code::UnknownReference,
                f,
                s.span,
                Msg::UnknownReference {
                    field: "schedule".into(),
                    target: Target::Schedule,
                    id: s.value.0.clone(),
                },
                hint,
            );
        }
    }
    for n in &ledger.rectifications {
        let f = n.meta.file;
        r.unit_ref(f, &n.unit, "unit");
        if let Some(c) = &n.check {
            r.record_ref(f, c, "check", Target::Record(Kind::Check));
        }
        if let Some(s) = &n.standard {
            r.record_ref(f, s, "standard", std_ref);
        }
    }
    for v in &ledger.reviews {
        let f = v.meta.file;
        r.record_ref(f, &v.standard, "standard", std_ref);
        if let Some(u) = &v.proposed_by {
            r.unit_ref(f, u, "proposed_by");
        }
    }
    for e in &ledger.evaluations {
        let f = e.meta.file;
        if let Some(u) = &e.unit {
            r.unit_ref(f, u, "unit");
        }
        for s in &e.standards {
            r.record_ref(f, s, "standards", std_ref);
        }
        r.no_repeats(f, &e.standards, "standards");
    }
    for i in &ledger.improvements {
        let f = i.meta.file;
        r.record_ref(f, &i.standard, "standard", std_ref);
        if let Some(src) = &i.source {
            if src.value == i.id.value {
                r.at(
                    Code::SelfReference,
                    f,
                    src.span,
                    Msg::SelfReference {
                        field: "source".into(),
                    },
                    Msg::HintSelfReference,
                );
            } else {
                r.record_ref(f, src, "source", Target::AnyRecord);
            }
        }
    }
    for t in &ledger.trainings {
        let f = t.meta.file;
        r.unit_ref(f, &t.unit, "unit");
        for s in &t.standards {
            r.record_ref(f, s, "standards", std_ref);
        }
        r.no_repeats(f, &t.standards, "standards");
    }
    for s in &ledger.submissions {
        r.unit_ref(s.meta.file, &s.unit, "unit");
    }
}

/// The manifest's own references: unit parents, schedules' units and standards.
fn manifest(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    let Some(m) = &ledger.manifest else {
        return;
    };
    let Some(file) = ledger.manifest_file() else {
        return;
    };
    for u in &m.units {
        if let Some(p) = &u.parent {
            if p.value == u.id.value {
                r.at(
                    Code::SelfReference,
                    file,
                    p.span,
                    Msg::SelfReference {
                        field: format!("units.{}.parent", u.id.value),
                    },
                    Msg::HintSelfReference,
                );
            } else {
                r.unit_ref(file, p, &format!("units.{}.parent", u.id.value));
            }
        }
    }
    for c in &m.categories {
        let builtin = category::builtin()
            .iter()
            .any(|b| b.id == c.id.value.as_str());
        if !builtin && c.name.is_none() {
            r.push(
                Diagnostic::new(
                    Code::MissingField,
                    file,
                    c.id.span,
                    Msg::CategoryNeedsName {
                        id: c.id.value.0.clone(),
                    },
                )
                .hint(Msg::HintFillField),
            );
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for s in &m.schedules {
        let id = s.id.value.as_str();
        if let Some(first) = m
            .schedules
            .iter()
            .find(|x| x.id.value.as_str() == id && seen.contains(&id))
        {
            r.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    file,
                    s.id.span,
                    Msg::DuplicateId { id: id.to_owned() },
                )
                .hint(Msg::HintRenameDuplicate)
                .related(file, first.id.span, Msg::FirstDefinedHere),
            );
        }
        seen.push(id);
        let field = format!("schedules.{id}");
        for u in &s.units {
            r.unit_ref(file, u, &format!("{field}.units"));
        }
        r.no_repeats(file, &s.units, &format!("{field}.units"));
        if let Some(by) = &s.by {
            r.unit_ref(file, by, &format!("{field}.by"));
        }
        for st in &s.standards {
            r.record_ref(
                file,
                st,
                &format!("{field}.standards"),
                Target::Record(Kind::Standard),
            );
        }
    }
}
