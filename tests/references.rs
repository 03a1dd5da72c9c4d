//! References come from the field descriptors alone: every field of every kind that `refers`
//! to something is resolved, held to `not_self` and `distinct` by `gbsw check`, and linked
//! both ways by `gbsw show`, with no code of its own.
//!
//! The ledgers are written from the descriptors too (one record per kind and letter, each
//! required field filled with a value of its type), so a reference field added to a kind is
//! covered here the day it is declared.

use chrono::NaiveDate;
use gbsw::diag::Diagnostic;
use gbsw::kind::{Kind, Target};
use gbsw::message::Msg;
use gbsw::model::field::{Field, Rule, Shape, ValueType};
use gbsw::query::fields::Cx;
use gbsw::query::links::links;
use gbsw::query::rec::Rec;

use crate::support::Fixture;

const MANIFEST: &str = r#"organization = "测试局"

[units.office]
name = "办公室"
kind = "department"

[[schedules]]
id = "sched"
type = "self"
cadence = "daily"
units = ["office"]
standards = ["STANDARD-A"]

[[evaluation_plans]]
id = "evalplan"
cadence = "annual"
units = ["office"]
"#;

/// What a record writes in its reference fields.
#[derive(Clone, Copy)]
enum Names {
    /// Whatever exists: the unit, a built-in category, the schedule, and the record of the
    /// other letter (`A` names `B`'s, `B` names `A`'s).
    Existing,
    /// Nothing that exists, twice in a list; a `not_self` field names the record itself.
    Missing,
}

const UNKNOWN: &str = "NOPE-404";

fn id(kind: Kind, letter: char) -> String {
    format!("{}-{letter}", kind.key().to_uppercase())
}

fn reference_fields(kind: Kind) -> impl Iterator<Item = (&'static Field, Target)> {
    gbsw::model::fields(kind)
        .iter()
        .filter_map(|f| f.refers.map(|t| (f, t)))
}

/// A TOML value of a field's type that its rule accepts.
fn value_of(field: &Field) -> String {
    match (field.value, field.rule) {
        (ValueType::Integer, Rule::Int(min, _)) => min.to_string(),
        (ValueType::Number, Rule::Num(min, _)) => min.to_string(),
        (ValueType::Integer, _) => "1".into(),
        (ValueType::Number, _) => "1.0".into(),
        (ValueType::Bool, _) => "true".into(),
        (ValueType::Date, _) => "2026-01-05".into(),
        (ValueType::Period, _) => "\"2026H1\"".into(),
        (ValueType::Choice(values), _) => format!("\"{}\"", values[0].0),
        (ValueType::Text | ValueType::Id, _) => "\"x\"".into(),
    }
}

/// One record of `kind` as TOML: its id, every required field, every reference field.
fn record(kind: Kind, letter: char, names: Names) -> String {
    let other = if letter == 'A' { 'B' } else { 'A' };
    let mut out = String::new();
    for field in gbsw::model::fields(kind) {
        let value = if field.key == "id" {
            format!("\"{}\"", id(kind, letter))
        } else if let Some(target) = field.refers {
            let name = match names {
                Names::Missing if letter == 'A' => UNKNOWN.to_owned(),
                Names::Missing if field.not_self => id(kind, letter),
                Names::Missing | Names::Existing => existing(target, other),
            };
            format!("\"{name}\"")
        } else if field.required {
            value_of(field)
        } else {
            continue;
        };
        let value = match field.shape {
            Shape::List if field.refers.is_some() && value.contains(UNKNOWN) => {
                format!("[{value}, {value}]")
            }
            Shape::List => format!("[{value}]"),
            Shape::One | Shape::Rows(..) => value,
        };
        out.push_str(&format!("{} = {value}\n", field.key));
    }
    out
}

fn existing(target: Target, letter: char) -> String {
    match target {
        Target::Unit => "office".into(),
        Target::Category => "general".into(),
        Target::Schedule => "sched".into(),
        Target::EvaluationPlan => "evalplan".into(),
        Target::Record(kind) => id(kind, letter),
        // What an improvement comes from: an evaluation, a check or a nonconformity.
        Target::AnyRecord => id(Kind::Evaluation, letter),
    }
}

/// Records `A` and `B` of every kind; `A` writes `names`, `B` names what exists (and itself
/// in its `not_self` fields when `names` is `Missing`).
fn ledger(names: Names) -> Fixture {
    let files: Vec<(String, String)> = Kind::ALL
        .into_iter()
        .flat_map(|kind| {
            ['A', 'B'].map(|letter| {
                (
                    format!("{}/{}.toml", kind.folder(), id(kind, letter)),
                    record(kind, letter, names),
                )
            })
        })
        .collect();
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    Fixture::new("references", MANIFEST, &files)
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
}

/// The reference diagnostics of a record, as `unknown FIELD ID`, `self FIELD`, `repeat FIELD ID`.
fn reported(diags: &[Diagnostic], fixture: &Fixture, kind: Kind, letter: char) -> Vec<String> {
    let rec = Rec::find(&fixture.loaded.ledger, &id(kind, letter)).unwrap();
    diags
        .iter()
        .filter(|d| d.file == Some(rec.meta().file))
        .filter_map(|d| match &d.message {
            Msg::UnknownReference { field, id, .. } => Some(format!("unknown {field} {id}")),
            Msg::SelfReference { field } => Some(format!("self {field}")),
            Msg::DuplicateEntry { field, value } => Some(format!("repeat {field} {value}")),
            _ => None,
        })
        .collect()
}

#[test]
fn every_reference_field_of_every_kind_is_checked() {
    let fixture = ledger(Names::Missing);
    let diags = gbsw::check::check(&fixture.loaded, as_of());
    for kind in Kind::ALL {
        let mut expected: Vec<String> = Vec::new();
        for (field, _) in reference_fields(kind) {
            let list = matches!(field.shape, Shape::List);
            expected.push(format!("unknown {} {UNKNOWN}", field.key));
            if list {
                expected.push(format!("unknown {} {UNKNOWN}", field.key));
            }
            if list && field.distinct {
                expected.push(format!("repeat {} {UNKNOWN}", field.key));
            }
        }
        let mut got = reported(&diags, &fixture, kind, 'A');
        got.sort();
        expected.sort();
        assert_eq!(
            got, expected,
            "{kind:?} A: every reference field naming nothing"
        );
        let selfs: Vec<String> = reference_fields(kind)
            .filter(|(f, _)| f.not_self)
            .map(|(f, _)| format!("self {}", f.key))
            .collect();
        assert_eq!(
            reported(&diags, &fixture, kind, 'B'),
            selfs,
            "{kind:?} B: every not_self field naming the record itself, nothing else"
        );
    }
}

#[test]
fn references_to_what_exists_pass_and_link_both_ways() {
    let fixture = ledger(Names::Existing);
    let ledger = &fixture.loaded.ledger;
    let diags = gbsw::check::check(&fixture.loaded, as_of());
    for kind in Kind::ALL {
        for letter in ['A', 'B'] {
            assert_eq!(
                reported(&diags, &fixture, kind, letter),
                Vec::<String>::new(),
                "{kind:?} {letter}: references to what exists"
            );
        }
    }
    let cx = Cx::new(ledger, as_of());
    for kind in Kind::ALL {
        let a = Rec::find(ledger, &id(kind, 'A')).unwrap();
        let from_a = links(&cx, a);
        let linking = reference_fields(kind)
            .filter(|(_, t)| !matches!(t, Target::Unit | Target::Category | Target::EvaluationPlan))
            .count();
        assert_eq!(
            from_a.iter().filter(|l| !l.incoming).count(),
            linking,
            "{kind:?} A: one link for each record or schedule it names: {from_a:?}"
        );
        for (field, target) in reference_fields(kind) {
            let named = existing(target, 'B');
            match target {
                // Shown among the fields, not as links.
                Target::Unit | Target::Category | Target::EvaluationPlan => {
                    assert!(
                        from_a.iter().all(|l| l.id != named),
                        "{kind:?}.{}: a unit, category or evaluation plan is no link",
                        field.key
                    );
                }
                Target::Schedule => assert!(
                    from_a
                        .iter()
                        .any(|l| !l.incoming && l.found && l.kind.is_none() && l.id == named),
                    "{kind:?}.{}: a link to the schedule {named}",
                    field.key
                ),
                Target::Record(_) | Target::AnyRecord => {
                    assert!(
                        from_a
                            .iter()
                            .any(|l| !l.incoming && l.found && l.id == named),
                        "{kind:?}.{}: a link to {named}",
                        field.key
                    );
                    let b = Rec::find(ledger, &named).unwrap();
                    let a_id = id(kind, 'A');
                    let from: Vec<_> = links(&cx, b)
                        .into_iter()
                        .filter(|l| l.incoming && l.id == a_id)
                        .map(|l| l.relation)
                        .collect();
                    let mut headings = from.clone();
                    headings.dedup();
                    assert!(
                        !from.is_empty() && headings == from,
                        "{kind:?}.{}: {named} is linked from {a_id}, once a heading: {from:?}",
                        field.key
                    );
                }
            }
        }
    }
}
