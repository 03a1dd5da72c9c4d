//! 检查结果通报: the circular of check results for a period — checks made, by whom, on whom,
//! their conclusions, and the nonconformities found with their rectification state.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::Ratio;
use super::indicators::checks_in;
use super::scope::Scope;
use crate::ledger::Ledger;
use crate::model::Period;
use crate::model::vocab::{CheckType, Conformity, RectificationStatus};

#[derive(Debug, Clone, Serialize)]
pub struct CheckRow {
    pub id: String,
    pub date: NaiveDate,
    pub check_type: CheckType,
    /// The checking unit's name; none when the unit checked itself.
    pub by: Option<String>,
    pub unit: String,
    pub inspectors: Vec<String>,
    pub standards: Vec<String>,
    pub conclusion: Conformity,
    pub items: Ratio,
    /// The check's nonconformities and their status on the as-of date.
    pub rectifications: Vec<(String, RectificationStatus)>,
    pub record: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChecksCircular {
    pub organization: String,
    /// Who issues the circular: `[report]`'s signatory, else the organisation.
    pub signatory: String,
    pub unit: Option<(String, String)>,
    pub period: Period,
    pub as_of: NaiveDate,
    pub incomplete: Vec<String>,
    /// Daily self-checks are counted but not listed one by one: the circular is about the
    /// checks of others and the problems found.
    pub self_checks: usize,
    pub self_checks_with_findings: usize,
    pub rows: Vec<CheckRow>,
    pub by_type: BTreeMap<&'static str, usize>,
    pub by_conclusion: BTreeMap<&'static str, usize>,
    pub rectifications_by_status: BTreeMap<&'static str, usize>,
}

/// Build the circular.
#[must_use]
pub fn build(ledger: &Ledger, scope: &Scope, incomplete: Vec<String>) -> ChecksCircular {
    let manifest = ledger.manifest.as_ref();
    let name = |id: &str| {
        manifest
            .and_then(|m| m.unit(id))
            .map_or_else(|| id.to_owned(), |u| u.name.value.clone())
    };
    let organization = manifest.map_or_else(String::new, |m| m.organization.value.clone());
    let mut out = ChecksCircular {
        signatory: manifest
            .and_then(|m| m.report.signatory.as_ref())
            .map_or_else(|| organization.clone(), |s| s.value.clone()),
        organization,
        unit: scope.unit.as_ref().map(|u| (u.0.clone(), name(u.as_str()))),
        period: scope.period,
        as_of: scope.as_of,
        incomplete,
        self_checks: 0,
        self_checks_with_findings: 0,
        rows: Vec::new(),
        by_type: BTreeMap::new(),
        by_conclusion: BTreeMap::new(),
        rectifications_by_status: BTreeMap::new(),
    };
    let mut checks = checks_in(ledger, scope);
    checks.sort_by(|a, b| (a.date.value, &a.id.value).cmp(&(b.date.value, &b.id.value)));
    for c in checks {
        *out.by_type.entry(c.check_type.value.key()).or_default() += 1;
        *out.by_conclusion
            .entry(c.conclusion.value.key())
            .or_default() += 1;
        let rects: Vec<(String, RectificationStatus)> = ledger
            .rectifications
            .iter()
            .filter(|n| n.check.as_ref().is_some_and(|x| x.value == c.id.value))
            .map(|n| (n.id.value.0.clone(), n.status(scope.as_of)))
            .collect();
        for (_, s) in &rects {
            *out.rectifications_by_status.entry(s.key()).or_default() += 1;
        }
        let is_self = c.check_type.value == CheckType::SelfCheck;
        if is_self {
            out.self_checks += 1;
            if c.conclusion.value == Conformity::Conform {
                continue;
            }
            out.self_checks_with_findings += 1;
        }
        let mut items = Ratio::default();
        for (i, item) in c.items.iter().enumerate() {
            let tag = format!("{}#{}", c.id.value, i + 1);
            if item.result.value == Conformity::Conform {
                items.num.push(tag.clone());
            }
            items.den.push(tag);
        }
        out.rows.push(CheckRow {
            id: c.id.value.0.clone(),
            date: c.date.value,
            check_type: c.check_type.value,
            by: c.by.as_ref().map(|b| name(b.value.as_str())),
            unit: name(c.unit.value.as_str()),
            inspectors: c.inspectors.iter().map(|i| i.value.clone()).collect(),
            standards: c.standards.iter().map(|s| s.value.0.clone()).collect(),
            conclusion: c.conclusion.value,
            items,
            rectifications: rects,
            record: c.record.as_ref().map(|r| r.value.clone()),
        });
    }
    out
}
