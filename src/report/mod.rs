//! Figures computed from the ledger for a period: the indicators of the semiannual report,
//! the report itself, the check circular and the status screen. Every figure keeps the ids of
//! the records it counts, so a report can name them. Nothing here formats or prints.

pub mod checks;
pub mod checks_doc;
pub mod forms;
pub mod indicators;
pub mod providers;
pub mod providers_doc;
pub mod scope;
pub mod semiannual;
pub mod semiannual_doc;
pub mod staff;
pub mod staff_doc;
pub mod status;
pub mod status_doc;
pub mod submissions;
pub mod words;

use serde::Serialize;

/// A rate as the records behind it: `num` of `den`. An empty denominator has no value and is
/// shown as "—", never as NaN or 0%.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Ratio {
    pub num: Vec<String>,
    pub den: Vec<String>,
}

impl Ratio {
    #[must_use]
    pub fn value(&self) -> Option<f64> {
        if self.den.is_empty() {
            return None;
        }
        #[allow(clippy::cast_precision_loss)]
        Some(self.num.len() as f64 / self.den.len() as f64)
    }

    /// `93.3%`, or `—` when there is nothing to divide by.
    #[must_use]
    pub fn percent(&self) -> String {
        self.value()
            .map_or_else(|| "—".to_owned(), |v| format!("{:.1}%", v * 100.0))
    }

    /// `14/15`.
    #[must_use]
    pub fn fraction(&self) -> String {
        format!("{}/{}", self.num.len(), self.den.len())
    }
}

/// A mean of values, or none.
#[must_use]
pub fn mean(values: &[f64]) -> Option<f64> {
    #[allow(clippy::cast_precision_loss)]
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The organisation a report speaks for, and who signs it: `[report]`'s signatory, else the
/// organisation.
#[must_use]
pub(crate) fn organization_and_signatory(ledger: &crate::ledger::Ledger) -> (String, String) {
    let manifest = ledger.manifest.as_ref();
    let organization = manifest.map_or_else(String::new, |m| m.organization.value.clone());
    let signatory = manifest
        .and_then(|m| m.report.signatory.as_ref())
        .map_or_else(|| organization.clone(), |s| s.value.clone());
    (organization, signatory)
}

/// A unit's name from the manifest, else its id as written.
#[must_use]
pub(crate) fn unit_name(ledger: &crate::ledger::Ledger, id: &str) -> String {
    ledger
        .manifest
        .as_ref()
        .and_then(|m| m.unit(id))
        .map_or_else(|| id.to_owned(), |u| u.name.value.clone())
}
