//! `gbsw show`: one record in full, with its derived values and links.

use std::process::ExitCode;

use gbsw::query::detail::{NotFound, detail};
use gbsw::render;

use crate::cli::Cli;
use crate::ledger_arg::{as_of, lang, open};
use crate::output::print;
use crate::records_cli::{ShowArgs, ShowFormat};

pub fn run(cli: &Cli, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let (loaded, _) = open(cli, args.path.as_deref()).map_err(anyhow::Error::msg)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let id = args.id.trim();
    let d = match detail(ledger, id, as_of) {
        Ok(d) => d,
        Err(NotFound::Unknown { near }) => {
            let hint = near.map_or_else(String::new, |n| {
                lang.pick(
                    format!("；是不是想写 `{n}`？"),
                    format!("; did you mean `{n}`?"),
                )
            });
            eprintln!(
                "{}",
                lang.pick(
                    format!("gbsw: 台账中没有编号为 `{id}` 的记录{hint}"),
                    format!("gbsw: no record in the ledger has the id `{id}`{hint}"),
                )
            );
            return Ok(ExitCode::from(2));
        }
        Err(NotFound::Unreadable) => {
            eprintln!(
                "{}",
                lang.pick(
                    format!("gbsw: 记录 `{id}` 无法读取；请运行 gbsw check 查看原因。"),
                    format!(
                        "gbsw: the record `{id}` could not be read; run gbsw check to see why."
                    ),
                )
            );
            return Ok(ExitCode::from(2));
        }
    };
    let text = match args.format {
        ShowFormat::Table => {
            render::show::text(&d, lang, crate::output::table_width(cli).unwrap_or(80))
        }
        ShowFormat::Json => render::show::json(&d, lang),
    };
    print(&text)?;
    Ok(ExitCode::SUCCESS)
}
