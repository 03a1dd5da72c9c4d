//! `gbsw new`.

use gbsw::author::new::{Request, draft, write};
use gbsw::author::record::FileFormat;
use gbsw::message::captions;
use gbsw::render::diagnostics::{self, View};

use gbsw::error::NewError;
use gbsw::model::{Id, Period};

use crate::cli::{Cli, NewArgs, NewFormat};
use crate::ledger_arg::{as_of, lang, open};
use crate::output::print;
use crate::output::{Exit, failure};

pub fn run(cli: &Cli, args: &NewArgs) -> anyhow::Result<Exit> {
    let (loaded, prefix) = open(cli, None)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let today = as_of(cli, args.as_of, ledger)?;
    if args.kind.trim() == "narrative" {
        return narrative(ledger, args, &prefix, today, lang);
    }
    let flag = match (&args.period, &args.unit) {
        (Some(_), _) => Some("--period"),
        (None, Some(_)) => Some("--unit"),
        (None, None) => None,
    };
    if let Some(flag) = flag {
        return Err(failure(NewError::NarrativeOnly(flag), lang));
    }
    let request = Request {
        kind: args.kind.clone(),
        fields: args.fields.clone(),
        standard: args.standard.clone(),
        check: args.check.clone(),
        today,
    };
    let format = match args.format {
        NewFormat::Toml => FileFormat::Toml,
        NewFormat::Yaml => FileFormat::Yaml,
    };
    let written = draft(ledger, &request, lang).and_then(|mut d| {
        let rel = write(
            &ledger.root,
            &mut d,
            format,
            args.subfolder.as_deref(),
            today,
            lang,
        )?;
        Ok((rel, d.missing()))
    });
    let (rel, missing) = written.map_err(|e| failure(e, lang))?;
    let mut text = captions::new_done(&format!("{prefix}{rel}"), &missing, lang);
    // What `gbsw check` says about the new file, beyond the placeholders still empty.
    let reloaded = gbsw::load::load(&ledger.root);
    let diags: Vec<_> = gbsw::check::check(&reloaded, today)
        .into_iter()
        .filter(|d| {
            d.file
                .is_some_and(|f| reloaded.ledger.files.display(f) == rel)
        })
        .filter(|d| d.code != gbsw::diag::Code::MissingField)
        .collect();
    if !diags.is_empty() {
        let view = View {
            files: &reloaded.ledger.files,
            prefix: &prefix,
            lang,
        };
        text.push('\n');
        text.push_str(&diagnostics::human(&view, &diags));
    }
    print(&text)?;
    Ok(Exit::Ok)
}

/// `gbsw new narrative`: the draft of a report's own words, for the bureau or one unit.
fn narrative(
    ledger: &gbsw::ledger::Ledger,
    args: &NewArgs,
    prefix: &str,
    today: chrono::NaiveDate,
    lang: gbsw::lang::Lang,
) -> anyhow::Result<Exit> {
    let unit = args
        .unit
        .as_deref()
        .map(|u| crate::records_arg::resolve_unit(ledger, u).map(Id))
        .transpose()
        .map_err(|e| failure(e, lang))?;
    let period = args.period.unwrap_or_else(|| Period::half_of(today));
    let text = gbsw::author::narrative::draft(ledger, period, unit.as_ref(), today, lang);
    let rel = gbsw::author::narrative::write(&ledger.root, period, unit.as_ref(), &text)
        .map_err(|e| failure(e, lang))?;
    print(&captions::narrative_done(&format!("{prefix}{rel}"), lang))?;
    Ok(Exit::Ok)
}
