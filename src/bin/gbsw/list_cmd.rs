//! `gbsw list`: the records of a kind, filtered.

use gbsw::render;

use crate::cli::Cli;
use crate::ledger_arg::{as_of, lang, open};
use crate::output::Exit;
use crate::output::{failure, palette, print_painted, table_width};
use crate::records_arg::{filter, note_left_out};
use crate::records_cli::{ListArgs, ListFormat};

pub fn run(cli: &Cli, args: &ListArgs) -> anyhow::Result<Exit> {
    let (loaded, _) = open(cli, args.path.as_deref())?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let filter = filter(ledger, args).map_err(|e| failure(e, lang))?;
    note_left_out(&loaded, lang, true);
    let sheet = gbsw::query::list::list(ledger, args.kind, &filter, as_of);
    let text = match args.format {
        ListFormat::Table => render::list::table(&sheet, lang, table_width(cli), palette(cli)),
        ListFormat::Csv => render::csv_text::with_bom(render::sheet::csv(&sheet, lang)?, args.bom),
        ListFormat::Json => render::sheet::json(&sheet),
    };
    print_painted(&text, palette(cli))?;
    Ok(Exit::Ok)
}
