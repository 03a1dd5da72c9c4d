//! `gbsw list`: the records of a kind, filtered.

use std::process::ExitCode;

use gbsw::render;

use crate::cli::Cli;
use crate::ledger_arg::{as_of, lang, open};
use crate::output::print;
use crate::records_arg::{filter, note_unreadable};
use crate::records_cli::{ListArgs, ListFormat};

pub fn run(cli: &Cli, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let (loaded, _) = open(cli, args.path.as_deref()).map_err(anyhow::Error::msg)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let filter = filter(ledger, args, lang).map_err(anyhow::Error::msg)?;
    note_unreadable(&loaded, lang);
    let sheet = gbsw::query::list::list(ledger, args.kind, &filter, as_of);
    let text = match args.format {
        ListFormat::Table => render::list::table(&sheet, lang, crate::due_cmd::table_width()),
        ListFormat::Csv => render::sheet::csv(&sheet, lang)?,
        ListFormat::Json => render::sheet::json(&sheet),
    };
    print(&text)?;
    Ok(ExitCode::SUCCESS)
}
