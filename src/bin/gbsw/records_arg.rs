//! What `gbsw list` and `gbsw export` make of their arguments: the filters, checked against
//! the ledger so that a misspelt unit, standard, status or category is an error with a
//! suggestion rather than an empty list.

use gbsw::error::Error;
use gbsw::kind::Kind;
use gbsw::lang::Lang;
use gbsw::ledger::Ledger;
use gbsw::load::Loaded;
use gbsw::message::{errors, labels};
use gbsw::model::category;
use gbsw::model::vocab::{RectificationStatus, StandardStatus, Vocab};
use gbsw::query::filter::{Filter, Status};
use gbsw::suggest::did_you_mean;

use crate::records_cli::ListArgs;

/// The files whose records were not all loaded (see `Loaded::left_out`), as shown.
pub fn left_out(loaded: &Loaded) -> Vec<String> {
    loaded
        .left_out
        .iter()
        .map(|&f| loaded.ledger.files.display(f).to_owned())
        .collect()
}

/// A ledger with errors still answers, but names the files whose records it could not read,
/// and only those: an error that left the records loaded (an unknown field) is `gbsw check`'s
/// to report. `listed`: the answer lists records (else it counts them).
pub fn note_left_out(loaded: &Loaded, lang: Lang, listed: bool) {
    let files = left_out(loaded);
    if files.is_empty() {
        return;
    }
    eprintln!("gbsw: {}", errors::left_out_note(&files, listed, lang));
}

/// The filters of `gbsw list`, resolved: a unit by id or name, a category by id or name.
///
/// # Errors
/// The message to print when a filter names nothing in the ledger or does not apply to the
/// kind.
pub fn filter(ledger: &Ledger, args: &ListArgs) -> Result<Filter, Error> {
    let kind = args.kind;
    let unit = args
        .unit
        .as_deref()
        .map(|u| resolve_unit(ledger, u))
        .transpose()?;
    let standard = match args.standard.as_deref() {
        Some(s) if ledger.standard(s).is_none() => {
            let ids = ledger.standards.iter().map(|x| x.id.value.as_str());
            return Err(Error::NoStandard {
                id: s.to_owned(),
                near: did_you_mean(s, ids).map(str::to_owned),
            });
        }
        s => s.map(str::to_owned),
    };
    let category = match args.category.as_deref() {
        None => None,
        Some(c) => match category::find(&ledger.categories, c) {
            Some(found) => Some(found.id.clone()),
            None => {
                let known: Vec<String> = ledger
                    .categories
                    .iter()
                    .map(|x| labels::id_with_name(&x.id, &x.name))
                    .collect();
                return Err(Error::NoCategory {
                    value: c.to_owned(),
                    known,
                });
            }
        },
    };
    let status = args
        .status
        .as_deref()
        .map(|s| status(kind, s))
        .transpose()?;
    let filter = Filter {
        unit,
        standard,
        status,
        period: args.period,
        category,
    };
    if let Some(flag) = filter.not_applicable(kind) {
        let flag = flag.flag();
        return Err(Error::FilterNotApplicable { flag, kind });
    }
    Ok(filter)
}

/// A unit named on the command line (`--unit`, for every command that takes it): by its id or
/// its full name in gbsw.toml; anything else is an error with a did-you-mean, so that a typo
/// in a nightly `gbsw due --unit … --fail-on-overdue` fails instead of passing forever.
pub fn resolve_unit(ledger: &Ledger, u: &str) -> Result<String, Error> {
    let Some(m) = &ledger.manifest else {
        return Ok(u.to_owned());
    };
    if let Some(found) = m
        .units
        .iter()
        .find(|x| x.id.value.as_str() == u || x.name.value == u)
    {
        return Ok(found.id.value.0.clone());
    }
    let hint = did_you_mean(u, m.units.iter().map(|x| x.id.value.as_str()))
        .or_else(|| did_you_mean(u, m.units.iter().map(|x| x.name.value.as_str())));
    Err(Error::NoUnit {
        value: u.to_owned(),
        near: hint.map(str::to_owned),
    })
}

/// `--status`: a standard's status, or a nonconformity's derived status.
fn status(kind: Kind, s: &str) -> Result<Status, Error> {
    let unknown = |listing: String| Error::NotAStatus {
        value: s.to_owned(),
        kind,
        listing,
    };
    match kind {
        Kind::Standard => StandardStatus::parse(s)
            .map(Status::Standard)
            .ok_or_else(|| unknown(StandardStatus::listing())),
        Kind::Rectification => RectificationStatus::parse(s)
            .map(Status::Rectification)
            .ok_or_else(|| unknown(RectificationStatus::listing())),
        Kind::Plan
        | Kind::Check
        | Kind::Review
        | Kind::Evaluation
        | Kind::Improvement
        | Kind::Training
        | Kind::Submission => Err(Error::StatusNotApplicable),
    }
}
