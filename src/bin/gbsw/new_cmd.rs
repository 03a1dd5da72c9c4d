//! `gbsw new`.

use gbsw::author::new::{Request, draft, write};
use gbsw::author::record::FileFormat;
use gbsw::message::captions;
use gbsw::render::diagnostics::{self, View};

use crate::cli::{Cli, NewArgs, NewFormat};
use crate::ledger_arg::{as_of, lang, open};
use crate::output::print;
use crate::output::{Exit, failure};

pub fn run(cli: &Cli, args: &NewArgs) -> anyhow::Result<Exit> {
    let (loaded, prefix) = open(cli, None)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let today = as_of(cli, args.as_of, ledger)?;
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
