//! The command line of `gbsw list`, `gbsw show` and `gbsw export`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use gbsw::kind::Kind;
use gbsw::model::Period;

use crate::cli::{parse_date, parse_period};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// 记录种类 / the kind: standards, plans, checks, rectifications, reviews, evaluations, improvements, trainings, submissions (singular or Chinese too)
    #[arg(value_name = "KIND", value_parser = parse_kind)]
    pub kind: Kind,
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 只列出该单位的记录 / only this unit's records (its id or its name in gbsw.toml)
    #[arg(long, value_name = "ID")]
    pub unit: Option<String>,
    /// 只列出涉及该标准的记录 / only records about this standard
    #[arg(long, value_name = "ID")]
    pub standard: Option<String>,
    /// 标准状态，或不符合项的整改状态（按 --as-of 计算）/ a standard's status, or a nonconformity's derived status as of --as-of
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// 只列出该期间的记录 / only records of the period: 2026H1, 2026Q2, 2026-05, 2026
    #[arg(long, value_parser = parse_period)]
    pub period: Option<Period>,
    /// 只列出该类别的标准（或其计划、检查等）/ only standards of this category (or plans, checks… about them)
    #[arg(long, value_name = "CATEGORY")]
    pub category: Option<String>,
    /// 以该日期为“今天” / the date taken as today (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// 输出格式 / output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// CSV 以 UTF-8 BOM 开头，供中文 Windows 上的 Excel 识别（仅 --format csv）/ start CSV with a UTF-8 BOM, for Excel on Chinese Windows (--format csv only)
    #[arg(long)]
    pub bom: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// a table that fits the terminal
    Table,
    /// CSV with a header row
    Csv,
    /// a JSON array
    Json,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// 记录编号 / the record's id
    pub id: String,
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 以该日期为“今天” / the date taken as today (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// 输出格式 / output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
    pub format: ShowFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// labelled fields for a terminal
    Table,
    /// the record, its derived values and links as JSON
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// 记录种类，或 all（全部）/ the kind, or all
    #[arg(value_name = "KIND|all", value_parser = parse_export_kind)]
    pub what: ExportWhat,
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 输出格式（默认按 -o 文件的扩展名，否则 csv）/ output format (default: the -o file's extension, else csv)
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// 写入文件（export all --format csv 为文件夹）/ write to this file (a folder for `export all --format csv`)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV 以 UTF-8 BOM 开头，供中文 Windows 上的 Excel 识别 / start CSV with a UTF-8 BOM, for Excel on Chinese Windows
    #[arg(long)]
    pub bom: bool,
    /// 覆盖已有文件 / replace files that exist
    #[arg(long)]
    pub force: bool,
    /// 以该日期为“今天”（用于整改状态等）/ the date taken as today, for derived statuses (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

/// One kind of record, or all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportWhat {
    One(Kind),
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// CSV, UTF-8; one file per kind
    Csv,
    /// an Excel workbook with one sheet per kind (needs -o)
    Xlsx,
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    Kind::from_key(&s.trim().to_lowercase()).ok_or_else(|| {
        let kinds: Vec<String> = Kind::ALL
            .iter()
            .map(|k| format!("{}（{}）", k.folder(), k.zh()))
            .collect();
        format!(
            "`{s}` 不是记录种类 / is not a kind of record: {}",
            kinds.join(", ")
        )
    })
}

fn parse_export_kind(s: &str) -> Result<ExportWhat, String> {
    match s.trim() {
        "all" | "全部" => Ok(ExportWhat::All),
        _ => parse_kind(s).map(ExportWhat::One),
    }
}
