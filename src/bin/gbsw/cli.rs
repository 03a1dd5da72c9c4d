//! The command line.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use gbsw::lang::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "gbsw",
    version,
    about = "机关事务标准落地实施台账工具 — checks, schedules and reports a standards ledger kept in git"
)]
pub struct Cli {
    /// 台账文件夹 / the ledger folder (default: the nearest folder with gbsw.toml)
    #[arg(long, global = true, env = "GBSW_LEDGER", value_name = "DIR")]
    pub ledger: Option<PathBuf>,
    /// 输出语言 / output language (default: the manifest's `lang`, else zh)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// 检查台账 / check the ledger: syntax, fields, references, dates, consistency
    Check(CheckArgs),
    /// 列出全部诊断代码 / list every diagnostic code
    Codes,
    /// 输出 JSON Schema / write the JSON Schemas of the manifest and every record kind
    Schema(SchemaArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 输出格式 / output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// 警告也视为失败 / fail on warnings too
    #[arg(long)]
    pub strict: bool,
    /// 以该日期为“今天” / the date taken as today (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// compiler-style text with the source line
    Human,
    /// one JSON object per diagnostic per line
    Json,
    /// GitHub Actions annotations
    Github,
    /// SARIF 2.1.0 for code-scanning views
    Sarif,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// 写入该文件夹 / write the schema files into this folder (default: print to stdout)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    gbsw::decode::parse_date(s)
        .ok_or_else(|| format!("`{s}` 不是日期 / is not a date: write YYYY-MM-DD"))
}
