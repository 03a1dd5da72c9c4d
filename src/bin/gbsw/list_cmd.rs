//! `gbsw list`: the records of a kind, filtered.

use std::process::ExitCode;

use gbsw::render;

use crate::cli::Cli;
use crate::ledger_arg::{as_of, lang, open};
use crate::output::{palette, print_painted, table_width};
use crate::records_arg::{filter, note_left_out};
use crate::records_cli::{ListArgs, ListFormat};

pub fn run(cli: &Cli, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let (loaded, _) = open(cli, args.path.as_deref()).map_err(anyhow::Error::msg)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let filter = filter(ledger, args, lang).map_err(anyhow::Error::msg)?;
    note_left_out(&loaded, lang, true);
    let sheet = gbsw::query::list::list(ledger, args.kind, &filter, as_of);
    let text = match args.format {
        ListFormat::Table => render::list::table(&sheet, lang, table_width(cli), palette(cli)),
        ListFormat::Csv => render::csv_text::with_bom(render::sheet::csv(&sheet, lang)?, args.bom),
        ListFormat::Json => render::sheet::json(&sheet),
    };
    print_painted(&text, palette(cli))?;
    Ok(ExitCode::SUCCESS)
}
