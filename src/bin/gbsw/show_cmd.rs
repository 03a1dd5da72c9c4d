//! `gbsw show`: one record in full, with its derived values and links.

use gbsw::query::detail::{NotFound, detail};
use gbsw::render;

use crate::cli::Cli;
use crate::ledger_arg::{as_of, lang, open};
use crate::output::print;
use crate::output::{Exit, failure};
use crate::records_cli::{ShowArgs, ShowFormat};
use gbsw::error::Error;

pub fn run(cli: &Cli, args: &ShowArgs) -> anyhow::Result<Exit> {
    let (loaded, _) = open(cli, args.path.as_deref())?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let id = args.id.trim();
    let d = detail(ledger, id, as_of).map_err(|e| {
        let error = match e {
            NotFound::Unknown { near } => Error::NoRecord {
                id: id.to_owned(),
                near,
            },
            NotFound::Unreadable => Error::RecordUnreadable { id: id.to_owned() },
        };
        failure(error, lang)
    })?;
    let text = match args.format {
        ShowFormat::Table => {
            render::show::text(&d, lang, crate::output::table_width(cli).unwrap_or(80))
        }
        ShowFormat::Json => render::show::json(&d, lang),
    };
    print(&text)?;
    Ok(Exit::Ok)
}
