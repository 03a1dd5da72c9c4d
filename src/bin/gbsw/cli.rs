//! The command line.

use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
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
    #[arg(long, global = true, env = "GBSW_LEDGER", value_name = "DIR", value_parser = ledger_dir)]
    pub ledger: Option<PathBuf>,
    /// 输出语言 / output language (default: the manifest's `lang`, else zh)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// 颜色：auto 在终端上且未设 NO_COLOR 时着色 / colour: auto (on a terminal, unless NO_COLOR is set), always, never
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// 表格宽度（默认为终端宽度；输出到文件或管道时不截断；0 = 不截断）/ table width in columns (default: the terminal's; nothing is cut when not a terminal; 0 = no limit)
    #[arg(long, global = true, value_name = "COLS")]
    pub width: Option<usize>,
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The language `--lang` names, if it was given.
    pub fn lang_flag(&self) -> Option<Lang> {
        self.lang.map(Lang::from)
    }
}

/// `--lang`: the library's [`Lang`] knows nothing of the command line, so the values clap
/// offers are declared here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

/// When to colour: `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// on a terminal, unless NO_COLOR is set (https://no-color.org) or TERM is dumb
    Auto,
    /// always, even into a file or pipe
    Always,
    /// never
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// 检查台账 / check the ledger: syntax, fields, references, dates, consistency
    Check(CheckArgs),
    /// 待办事项 / what is due and overdue: plans, rectifications, check duties, reviews, reports
    Due(DueArgs),
    /// 新建台账 / start a new ledger
    Init(InitArgs),
    /// 新建记录 / write a new record with the next free id
    New(NewArgs),
    /// 导入 Excel 台账或 CSV 为记录文件 / bring the records of an Excel workbook or a CSV file into the ledger
    Import(ImportArgs),
    /// 台账概览 / the ledger at a glance for a half year
    Status(StatusArgs),
    /// 报告 / reports computed from the ledger
    #[command(subcommand)]
    Report(ReportCommand),
    /// 填好的纸质表（计划表、检查记录表等）/ a record's paper form, filled in, or a blank one
    Form(crate::form_cmd::FormArgs),
    /// 记录的修改历史（git）/ who changed a record and when, from git
    History(crate::history_cmd::HistoryArgs),
    /// 列出记录 / list the records of a kind, filtered
    List(crate::records_cli::ListArgs),
    /// 查看记录 / one record in full, with derived values and links
    Show(crate::records_cli::ShowArgs),
    /// 导出 / export records as CSV or an Excel workbook
    Export(crate::records_cli::ExportArgs),
    /// 列出全部诊断代码 / list every diagnostic code
    Codes,
    /// 输出 JSON Schema / write the JSON Schemas of the manifest and every record kind
    Schema(SchemaArgs),
    /// 输出 shell 补全脚本 / print the shell completion script for bash, zsh, fish or powershell
    Completions(CompletionsArgs),
    /// 输出 man 手册页 / print the man page (roff): gbsw(1), or a subcommand's, e.g. gbsw-due(1)
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// 子命令，如 due / a subcommand, e.g. due (default: gbsw itself)
    pub subcommand: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// shell 名称 / the shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
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
pub struct DueArgs {
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 以该日期为“今天” / the date taken as today (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// 只列出该期限内到期的事项（含已逾期）/ only items due within 30d, 2w, 3m or 1y (overdue ones included)
    #[arg(long, value_name = "SPAN", value_parser = parse_span)]
    pub within: Option<Span>,
    /// 只列出已逾期的事项 / only overdue items
    #[arg(long)]
    pub overdue: bool,
    /// 只列出该单位的事项，写编号或名称（可重复）/ only this unit's items, by id or name (repeatable)
    #[arg(long, value_name = "ID")]
    pub unit: Vec<String>,
    /// 只列出该类型的事项（可重复）/ only items of this kind (repeatable)
    #[arg(long, value_name = "KIND", value_parser = parse_kind)]
    pub kind: Vec<gbsw::model::vocab::DueKind>,
    /// 输出格式 / output format
    #[arg(long, value_enum, default_value_t = DueFormat::Table)]
    pub format: DueFormat,
    /// 有逾期事项时以 1 退出，供每晚 CI 使用 / exit 1 when anything is overdue (for a nightly CI job)
    #[arg(long)]
    pub fail_on_overdue: bool,
    /// 日历提醒：到期前几天（0 = 不提醒；仅 --format ics）/ calendar reminder this many days before (0 = none; --format ics only)
    #[arg(long, value_name = "DAYS", default_value_t = 1)]
    pub reminder: u32,
    /// CSV 以 UTF-8 BOM 开头，供中文 Windows 上的 Excel 识别（仅 --format csv）/ start CSV with a UTF-8 BOM, for Excel on Chinese Windows (--format csv only)
    #[arg(long)]
    pub bom: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DueFormat {
    /// a table that fits the terminal
    Table,
    /// CSV with a header row
    Csv,
    /// a JSON array
    Json,
    /// iCalendar events, for a calendar app
    Ics,
}

/// A span of time: days, weeks, months or years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days(u64),
    Months(u32),
}

impl Span {
    /// The last day of the span counted from `from`.
    pub fn end(self, from: NaiveDate) -> NaiveDate {
        match self {
            Span::Days(n) => from.checked_add_days(chrono::Days::new(n)),
            Span::Months(n) => from.checked_add_months(chrono::Months::new(n)),
        }
        .unwrap_or(NaiveDate::MAX)
    }
}

fn parse_span(s: &str) -> Result<Span, String> {
    let bad = || format!("`{s}` 不是期限 / is not a span: write 30d, 2w, 3m or 1y");
    // Split before the last character, not the last byte: `3天` must be refused, not panic.
    let t = s.trim();
    let (num, unit) = t.split_at(t.char_indices().last().map_or(0, |(i, _)| i));
    let n: u32 = num.parse().map_err(|_| bad())?;
    match unit {
        "d" => Ok(Span::Days(u64::from(n))),
        "w" => Ok(Span::Days(u64::from(n) * 7)),
        "m" => Ok(Span::Months(n)),
        "y" => Ok(Span::Months(n.saturating_mul(12))),
        _ => Err(bad()),
    }
}

fn parse_kind(s: &str) -> Result<gbsw::model::vocab::DueKind, String> {
    use gbsw::model::vocab::Vocab;
    gbsw::model::vocab::DueKind::parse(s).ok_or_else(|| {
        format!(
            "`{s}` 不是待办类型 / is not a kind of due item: {}",
            gbsw::model::vocab::DueKind::listing()
        )
    })
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// 新台账的文件夹（默认当前文件夹）/ the folder of the new ledger (default: here)
    pub dir: Option<PathBuf>,
    /// 单位名称 / the organisation the ledger belongs to
    #[arg(long, value_name = "NAME")]
    pub organization: Option<String>,
    /// 文件夹不为空时也继续，只写入缺少的文件 / go on in a folder with files, writing only the missing ones
    #[arg(long)]
    pub existing: bool,
    /// CI 中安装 gbsw 的命令（默认从 crates.io 安装本版本）/ the command that installs gbsw in CI, e.g. "cargo install --locked --git URL gbsw" (default: this version from crates.io)
    #[arg(long, value_name = "COMMAND")]
    pub gbsw_source: Option<String>,
    /// 不运行 git init / do not run git init
    #[arg(long)]
    pub no_git: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// 记录种类，或 narrative（报告正文）/ the kind: standard, plan, check, rectification, review, evaluation, improvement, training, submission; or narrative (a report's own words)
    pub kind: String,
    /// 字段值，如 unit=office inspectors=张三,李四 / field values, e.g. unit=office inspectors=张三,李四
    #[arg(value_name = "FIELD=VALUE")]
    pub fields: Vec<String>,
    /// 实施计划：按该标准的类别填入六步实施程序 / plan: fill in the six activities of this standard's category
    #[arg(long, value_name = "ID")]
    pub standard: Option<String>,
    /// 不符合项：从该检查复制单位、标准和日期 / rectification: copy unit, standard and date from this check
    #[arg(long, value_name = "ID")]
    pub check: Option<String>,
    /// 文件格式 / file format
    #[arg(long, value_enum, default_value_t = NewFormat::Toml)]
    pub format: NewFormat,
    /// 以该日期为“今天” / the date taken as today (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// 种类文件夹下的子文件夹，如 2026/06 / a subfolder of the kind's folder, e.g. 2026/06
    #[arg(long, value_name = "PATH")]
    pub subfolder: Option<PathBuf>,
    /// narrative：报告期间（默认今天所在的半年）/ narrative: the report's period (default: the half year of today)
    #[arg(long, value_parser = parse_period)]
    pub period: Option<gbsw::model::Period>,
    /// narrative：单位的报告正文，写编号或名称（默认全局）/ narrative: a unit's, by id or name (default: the whole bureau's)
    #[arg(long, value_name = "ID")]
    pub unit: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// 要导入的工作簿（.xlsx）或 CSV 文件 / the workbook (.xlsx) or CSV file to import
    pub file: PathBuf,
    /// 所有工作表都是这一种记录（默认按工作表名称）/ every sheet holds records of this kind (default: each sheet's name says)
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// 映射文件：列标题→字段、工作表→种类、取值→枚举 / a mapping file: header → field, sheet → kind, value → choice
    #[arg(long, value_name = "FILE")]
    pub map: Option<PathBuf>,
    /// 记录文件的格式 / the format of the record files
    #[arg(long, value_enum, default_value_t = NewFormat::Toml)]
    pub format: NewFormat,
    /// 种类文件夹下的子文件夹，如 2026/06 / a subfolder of each kind's folder, e.g. 2026/06
    #[arg(long, value_name = "PATH")]
    pub subfolder: Option<PathBuf>,
    /// 只显示将写入的文件，不写入 / show what would be written, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// 写入无误的行，列出有错误的行 / write the valid rows and list the others
    #[arg(long)]
    pub skip_invalid: bool,
    /// 诊断的输出格式 / how problems are shown
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub diagnostics: CheckFormat,
    /// 以该日期为“今天” / the date taken as today (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewFormat {
    Toml,
    Yaml,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 期间 / the period: 2026H1, 2026Q2, 2026-05, 2026 (default: the half year of the as-of date)
    #[arg(long, value_parser = parse_period)]
    pub period: Option<gbsw::model::Period>,
    /// 只看该单位，写编号或名称 / one unit's view, by id or name (default: the whole bureau)
    #[arg(long, value_name = "ID")]
    pub unit: Option<String>,
    /// 以该日期为“今天” / the date taken as today (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// 输出格式 / output format
    #[arg(long, value_enum, default_value_t = StatusFormat::Table)]
    pub format: StatusFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    Table,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// 半年标准落地实施情况报告 / the semiannual implementation report (due 06-30 and 12-31)
    Semiannual(ReportArgs),
    /// 检查结果通报 / the circular of check results
    Checks(ReportArgs),
    /// 员工考核等级汇总 / each person's staff grades (优秀/称职/基本称职/不称职) totalled over a year's evaluations
    Staff(StaffArgs),
    /// 社会化服务单位考核排名 / contracted service providers ranked for a period: evaluations, check conformity, overdue rectifications, complaints
    Providers(ProvidersArgs),
}

#[derive(Debug, Args)]
pub struct StaffArgs {
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 年度 / the year (default: the year of the as-of date)
    #[arg(long, value_parser = parse_year)]
    pub year: Option<i32>,
    /// 只看该单位的员工，写编号或名称 / one unit's staff, by id or name (default: the whole bureau)
    #[arg(long, value_name = "ID")]
    pub unit: Option<String>,
    #[command(flatten)]
    pub out: ReportOut<TableFormat>,
    /// 附上数据来源附录（每个数字的记录编号）/ append the records behind every figure (their ids)
    #[arg(long)]
    pub appendix: bool,
}

#[derive(Debug, Args)]
pub struct ProvidersArgs {
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 期间 / the period: 2026H1, 2026H2, 2026Q2, 2026-05, 2026 (default: the half year of the as-of date)
    #[arg(long, value_parser = parse_period)]
    pub period: Option<gbsw::model::Period>,
    #[command(flatten)]
    pub out: ReportOut<TableFormat>,
    /// 附上数据来源附录（每个数字的记录编号）/ append the records behind every figure (their ids)
    #[arg(long)]
    pub appendix: bool,
}

/// What every report shares: the day, the format (`F`, the report's formats) and the file.
#[derive(Debug, Args)]
pub struct ReportOut<F: ValueEnum + Clone + Send + Sync + 'static> {
    /// 以该日期为“今天” / the date taken as today (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// 输出格式（默认按 -o 文件的扩展名，否则 md）/ output format (default: the -o file's extension, else md)
    #[arg(long, value_enum)]
    pub format: Option<F>,
    /// CSV 以 UTF-8 BOM 开头，供中文 Windows 上的 Excel 识别（仅 --format csv）/ start CSV with a UTF-8 BOM, for Excel on Chinese Windows (--format csv only)
    #[arg(long)]
    pub bom: bool,
    /// 写入文件 / write to this file (atomically) instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// 覆盖已有的输出文件（台账自己的文件除外）/ replace an output file that exists (never a file of the ledger)
    #[arg(long, requires = "output")]
    pub force: bool,
    /// 台账有错误时拒绝生成 / refuse when records could not be read, instead of reporting without them
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Markdown
    Md,
    /// one self-contained HTML page for A4
    Html,
    /// the figures and the records behind each
    Json,
    /// the table, a row a person or provider, with the ids behind each figure
    Csv,
    /// the same table as an Excel workbook; needs -o
    Xlsx,
    /// a Word document laid out as an official document (GB/T 9704); needs -o
    Docx,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 期间 / the period: 2026H1, 2026H2, 2026Q2, 2026-05, 2026 (default: the half year of the as-of date)
    #[arg(long, value_parser = parse_period)]
    pub period: Option<gbsw::model::Period>,
    /// 只报告该单位，写编号或名称 / one unit's report, by id or name (default: the whole bureau)
    #[arg(long, value_name = "ID")]
    pub unit: Option<String>,
    #[command(flatten)]
    pub out: ReportOut<ReportFormat>,
    /// 附上数据来源附录（逐条记录编号和文件）/ append the records behind every figure (ids and files)
    #[arg(long)]
    pub appendix: bool,
    /// 半年报告：附上各单位的报告正文（reports/期间/单位.md）/ semiannual: append the units' narratives (reports/PERIOD/UNIT.md) as attachments
    #[arg(long)]
    pub attach_units: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown
    Md,
    /// one self-contained HTML page for A4 (the semiannual report with its charts)
    Html,
    /// the figures and the records behind them
    Json,
    /// a table: the indicators (semiannual), one row per check (checks)
    Csv,
    /// a Word document laid out as an official document (GB/T 9704), to edit and hand in; needs -o
    Docx,
}

pub(crate) fn parse_period(s: &str) -> Result<gbsw::model::Period, String> {
    gbsw::model::Period::parse(s).ok_or_else(|| {
        let (first, last) = (gbsw::dates::FIRST.year(), gbsw::dates::LAST.year());
        match s.trim().get(..4).and_then(|y| y.parse::<i32>().ok()) {
            Some(year) if !gbsw::dates::year_in_range(year) => format!(
                "`{s}`：年份须在 {first} 至 {last} 之间 / the year must be from {first} to {last}"
            ),
            _ => format!("`{s}` 不是期间 / is not a period: write 2026, 2026H1, 2026Q3 or 2026-05"),
        }
    })
}

pub(crate) fn parse_year(s: &str) -> Result<i32, String> {
    match gbsw::model::Period::parse(s) {
        Some(gbsw::model::Period::Year(y)) => Ok(y),
        _ => {
            let (first, last) = (gbsw::dates::FIRST.year(), gbsw::dates::LAST.year());
            Err(format!(
                "`{s}` 不是 {first} 至 {last} 之间的年份 / is not a year from {first} to {last}"
            ))
        }
    }
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// 写入该文件夹（在台账中时，单位、标准等字段提示该台账的编号）/ write the schema files into this folder (default: print to stdout); inside a ledger, its unit, standard, schedule and check ids are offered as you type
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// 覆盖文件夹中已有的模式文件 / replace schema files that exist in the folder
    #[arg(long, requires = "out")]
    pub force: bool,
}

/// Any path, the empty one included: an empty `GBSW_LEDGER` (as CI files often set it) means
/// "not set", which `ledger_arg::open` handles; clap's own path parser refuses it.
fn ledger_dir(s: &str) -> Result<PathBuf, String> {
    Ok(PathBuf::from(s))
}

pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    gbsw::decode::parse_date(s)
        .ok_or_else(|| format!("`{s}` 不是日期 / is not a date: write YYYY-MM-DD"))
}
