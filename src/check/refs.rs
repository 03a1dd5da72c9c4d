//! References: every unit, record, schedule and category a record names exists, as each
//! field's descriptor says (`refers`, `not_self`, `distinct`: see [`crate::model::field`]);
//! and the manifest's own references.

use super::Rules;
use crate::diag::{Code, Diagnostic};
use crate::kind::Kind;
use crate::ledger::Ledger;
use crate::message::{Msg, Target, labels};
use crate::model::{Id, category};
use crate::query::rec::Rec;
use crate::source::FileId;
use crate::span::{Sp, Span};
use crate::suggest::did_you_mean;

pub(super) fn run(r: &mut Rules<'_>) {
    manifest(r);
    let ledger = r.ledger;
    for kind in Kind::ALL {
        for rec in Rec::all(ledger, kind) {
            record(r, rec);
        }
    }
}

/// Every reference field of a record: each name resolves to what the field refers to, names
/// not the record itself when the field is `not_self`, and is not repeated when the field is
/// `distinct`. A field given a `refers` in its kind's declaration is checked here without more.
fn record(r: &mut Rules<'_>, rec: Rec<'_>) {
    let file = rec.meta().file;
    for reference in rec.references() {
        let field = reference.path.as_str();
        for &(name, span) in &reference.names {
            if reference.field.not_self && name == rec.id() {
                r.at(
                    Code::SelfReference,
                    file,
                    span,
                    Msg::SelfReference {
                        field: field.to_owned(),
                    },
                    Msg::HintSelfReference,
                );
            } else {
                r.resolve(file, field, reference.target, name, span);
            }
        }
        if reference.field.distinct {
            r.no_repeated(file, reference.names.iter().copied(), field);
        }
    }
}

/// The manifest's own references: unit parents, schedules' units and standards, bodies'
/// standards.
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
                let field = format!("units.{}.parent", u.id.value);
                r.resolve(file, &field, Target::Unit, p.value.as_str(), p.span);
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
    let schedules = m.schedules.iter().map(|s| Duty {
        list: "schedules",
        id: &s.id,
        units: &s.units,
        by: s.by.as_ref(),
        standards: &s.standards,
    });
    let plans = m.evaluation_plans.iter().map(|p| Duty {
        list: "evaluation_plans",
        id: &p.id,
        units: &p.units,
        by: None,
        standards: &p.standards,
    });
    for list in [schedules.collect::<Vec<_>>(), plans.collect()] {
        duties(r, file, &list);
    }
    for b in &m.bodies {
        let standards = format!("bodies.{}.standards", b.id.value);
        for st in &b.standards {
            let target = Target::Record(Kind::Standard);
            r.resolve(file, &standards, target, st.value.as_str(), st.span);
        }
        r.no_repeats(file, &b.standards, &standards);
    }
}

/// A recurring duty of the manifest (a check schedule, an evaluation plan): its id and what
/// it names.
struct Duty<'a> {
    list: &'static str,
    id: &'a Sp<Id>,
    units: &'a [Sp<Id>],
    by: Option<&'a Sp<Id>>,
    standards: &'a [Sp<Id>],
}

/// One list of duties: ids unique within it, every unit and standard named known.
fn duties(r: &mut Rules<'_>, file: FileId, list: &[Duty<'_>]) {
    for (i, d) in list.iter().enumerate() {
        let id = d.id.value.as_str();
        if let Some(first) = list[..i].iter().find(|x| x.id.value.as_str() == id) {
            r.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    file,
                    d.id.span,
                    Msg::DuplicateId { id: id.to_owned() },
                )
                .hint(Msg::HintRenameDuplicate)
                .related(file, first.id.span, Msg::FirstDefinedHere),
            );
        }
        let field = format!("{}.{id}", d.list);
        let units = format!("{field}.units");
        for u in d.units {
            r.resolve(file, &units, Target::Unit, u.value.as_str(), u.span);
        }
        r.no_repeats(file, d.units, &units);
        if let Some(by) = d.by {
            let by_field = format!("{field}.by");
            r.resolve(file, &by_field, Target::Unit, by.value.as_str(), by.span);
        }
        let standards = format!("{field}.standards");
        for st in d.standards {
            let target = Target::Record(Kind::Standard);
            r.resolve(file, &standards, target, st.value.as_str(), st.span);
        }
    }
}

impl Rules<'_> {
    /// Report a name that does not resolve to what its field refers to.
    fn resolve(&mut self, file: FileId, field: &str, target: Target, name: &str, span: Span) {
        match target {
            Target::Unit => self.unit_ref(file, field, name, span),
            Target::Category => self.category_ref(file, field, name, span),
            Target::Schedule => self.schedule_ref(file, field, name, span),
            Target::EvaluationPlan => self.evaluation_plan_ref(file, field, name, span),
            Target::Record(_) | Target::AnyRecord => {
                self.record_ref(file, field, target, name, span);
            }
        }
    }

    fn unknown(
        &mut self,
        file: FileId,
        span: Span,
        field: &str,
        target: Target,
        id: &str,
        hint: Msg,
    ) {
        let msg = Msg::UnknownReference {
            field: field.to_owned(),
            target,
            id: id.to_owned(),
        };
        self.at(Code::UnknownReference, file, span, msg, hint);
    }

    /// A unit the manifest does not list. Skipped when the manifest itself could not be read
    /// (its own errors say why).
    fn unit_ref(&mut self, file: FileId, field: &str, id: &str, span: Span) {
        let Some(manifest) = &self.ledger.manifest else {
            return;
        };
        if manifest.unit(id).is_some() {
            return;
        }
        // A clerk may write the unit's name instead of its id: point at the id.
        let by_name = manifest
            .units
            .iter()
            .find(|u| u.name.value == id)
            .map(|u| u.id.value.0.as_str());
        // A misspelt name (an imported 台账 names units in Chinese): the id of the nearest.
        let near_name = || {
            let name = did_you_mean(id, manifest.units.iter().map(|u| u.name.value.as_str()))?;
            let unit = manifest.units.iter().find(|u| u.name.value == name)?;
            Some(unit.id.value.as_str())
        };
        let hint = match by_name
            .or_else(|| did_you_mean(id, manifest.units.iter().map(|u| u.id.value.as_str())))
            .or_else(near_name)
        {
            Some(near) => Msg::HintDidYouMean {
                name: near.to_owned(),
            },
            None if Id::is_valid(id) => Msg::HintAddUnit { id: id.to_owned() },
            None => Msg::HintUnitIds {
                units: manifest
                    .units
                    .iter()
                    .map(|u| labels::id_with_name(u.id.value.as_str(), &u.name.value))
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        };
        self.unknown(file, span, field, Target::Unit, id, hint);
    }

    /// A category that is neither built in nor the manifest's.
    fn category_ref(&mut self, file: FileId, field: &str, id: &str, span: Span) {
        let categories = &self.ledger.categories;
        if category::find(categories, id).is_some() {
            return;
        }
        let names = categories
            .iter()
            .map(|c| labels::id_with_name(&c.id, &c.name))
            .collect::<Vec<_>>()
            .join(", ");
        let hint = Msg::HintAllowedValues { values: names };
        self.unknown(file, span, field, Target::Category, id, hint);
    }

    /// A check schedule the manifest does not list. Skipped without a manifest.
    fn schedule_ref(&mut self, file: FileId, field: &str, id: &str, span: Span) {
        let Some(m) = &self.ledger.manifest else {
            return;
        };
        if m.schedule(id).is_some() {
            return;
        }
        let hint = match did_you_mean(id, m.schedules.iter().map(|x| x.id.value.as_str())) {
            Some(near) => Msg::HintDidYouMean {
                name: near.to_owned(),
            },
            None => Msg::HintFixSchedule,
        };
        self.unknown(file, span, field, Target::Schedule, id, hint);
    }

    /// An evaluation plan the manifest does not list. Skipped without a manifest.
    fn evaluation_plan_ref(&mut self, file: FileId, field: &str, id: &str, span: Span) {
        let Some(m) = &self.ledger.manifest else {
            return;
        };
        let plans = || m.evaluation_plans.iter().map(|x| x.id.value.as_str());
        if plans().any(|p| p == id) {
            return;
        }
        let hint = match did_you_mean(id, plans()) {
            Some(near) => Msg::HintDidYouMean {
                name: near.to_owned(),
            },
            None => Msg::HintFixEvaluationPlan,
        };
        self.unknown(file, span, field, Target::EvaluationPlan, id, hint);
    }

    /// A record that does not exist, or is of another kind than the field refers to. Skipped
    /// for a record that failed to read (its own errors say why).
    fn record_ref(&mut self, file: FileId, field: &str, target: Target, id: &str, span: Span) {
        let ledger = self.ledger;
        let kind = match target {
            Target::Record(kind) => Some(kind),
            Target::AnyRecord
            | Target::Unit
            | Target::Category
            | Target::Schedule
            | Target::EvaluationPlan => None,
        };
        let found = ledger
            .lookup(id)
            .is_some_and(|r| kind.is_none_or(|k| r.kind == k));
        if found || ledger.is_broken(id) {
            return;
        }
        let hint = match kind.and_then(|k| near_id(ledger, k, id)) {
            Some(near) => Msg::HintDidYouMean { name: near },
            None => Msg::HintAddRecord {
                target,
                id: id.to_owned(),
            },
        };
        self.unknown(file, span, field, target, id, hint);
    }
}

/// The closest id of a kind to a misspelt one.
fn near_id(ledger: &Ledger, kind: Kind, id: &str) -> Option<String> {
    let ids = Rec::all(ledger, kind);
    did_you_mean(id, ids.iter().map(|r| r.id())).map(str::to_owned)
}
