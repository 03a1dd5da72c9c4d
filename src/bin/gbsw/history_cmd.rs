//! `gbsw history`: who changed a record and when, from the ledger's git history.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use gbsw::render;

use crate::cli::Cli;
use crate::ledger_arg::{lang, open};
use crate::output::print;
use crate::output::table_width;
use crate::output::{Exit, failure};

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// 记录编号 / the record's id
    #[arg(value_name = "ID")]
    pub id: String,
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 输出格式 / output format
    #[arg(long, value_enum, default_value_t = HistoryFormat::Table)]
    pub format: HistoryFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HistoryFormat {
    /// date, author, commit and message, newest first
    Table,
    /// one JSON object with the commits
    Json,
}

pub fn run(cli: &Cli, args: &HistoryArgs) -> anyhow::Result<Exit> {
    let (loaded, _) = open(cli, args.path.as_deref())?;
    let lang = lang(cli, Some(&loaded.ledger));
    let history =
        gbsw::history::record_history(&loaded.ledger, &args.id).map_err(|e| failure(e, lang))?;
    let text = match args.format {
        HistoryFormat::Table => {
            render::history::table(&history, lang, table_width(cli).unwrap_or(usize::MAX / 4))
        }
        HistoryFormat::Json => render::history::json(&history),
    };
    print(&text)?;
    Ok(Exit::Ok)
}
